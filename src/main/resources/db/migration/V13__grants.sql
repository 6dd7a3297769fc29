-- Issue 27: access scoped to the organisation's groups. Portable to H2 and PostgreSQL.

-- A user's role on the whole organisation is app_user.role, as before; a user may now have none there (null) and
-- hold roles only on groups.
alter table app_user alter column role drop not null;

-- A role on a group covers the group and every group below it. Only viewer and assessor are granted on a group:
-- analyst and admin are organisation-wide (app_user.role). One role per user and group; deleting the user or the
-- group removes the grant.
create table role_grant (
    user_name  varchar(64)  not null references app_user (name) on delete cascade,
    group_id   varchar(64)  not null references org_group (id) on delete cascade,
    role       varchar(20)  not null,
    granted_at timestamp with time zone not null,
    granted_by varchar(200) not null,
    constraint role_grant_key primary key (user_name, group_id)
);

-- An API token's reach: a group (and its sub-groups), or one team (team_id, which V11 added for pipeline tokens), and
-- whether it may only read. Null group and team: as far as its owner reaches. A token scoped to a group that is
-- deleted is deleted with it: it never widens to the organisation.
alter table api_token add column group_id varchar(64) references org_group (id) on delete cascade;
alter table api_token add column read_only boolean default false not null;
-- A pipeline token (V11) is a token scoped to its team that may only push observations; personal tokens scoped to a
-- team now share team_id, so the kind is kept apart.
alter table api_token add column pipeline boolean default false not null;
update api_token set pipeline = true where team_id is not null;
