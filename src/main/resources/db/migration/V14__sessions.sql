-- Issue 27: browser sessions (the login form) in the database, shared by every replica and kept across restarts.
-- Spring Session JDBC's tables (JdbcIndexedSessionRepository's default names and columns), in one script portable to
-- H2 and PostgreSQL (Spring Session ships one per database; spring.session.jdbc.initialize-schema=never).
-- principal_name is the signed-in user: the index that ends all of a user's sessions at once (sign out everywhere, a
-- password change, a disable, a role change, a delete). Times are epoch milliseconds. Expired rows are deleted by
-- spring.session.jdbc.cleanup-cron; an attribute row goes with its session (on delete cascade).
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval integer      not null,
    expiry_time           bigint       not null,
    principal_name        varchar(200),
    constraint spring_session_pk primary key (primary_id)
);

create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

-- One row per session attribute (the signed-in user, a page to return to after signing in, a flash message, a
-- form's result page), Java-serialized by Spring Session: bytea is binary varying on both databases.
create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);
