-- Issue 27: the organisation between users and teams. Portable to H2 and PostgreSQL.

-- A group of teams: a unit of the organisation or a sub-unit of one (parent_id null: a unit directly under the
-- organisation, which is the whole and has no row). id is a slug like a team's and never changes; name can.
create table org_group (
    id         varchar(64)  primary key,
    name       varchar(200) not null,
    parent_id  varchar(64)  references org_group (id),
    created_at timestamp with time zone not null,
    created_by varchar(200) not null
);
create index org_group_parent on org_group (parent_id);

-- Each team sits in one group (null: directly in the organisation, outside every unit).
alter table team add column group_id varchar(64) references org_group (id);
create index team_group on team (group_id);

-- An archived team is hidden from the portfolio, its charts, exports and gauges, and kept for its history.
alter table team add column archived_at timestamp with time zone;

-- Bumped by every change that moves teams between what a listing shows (a move, an archive, a deletion, a group's new
-- parent), so that caches keyed on what was stored (PortfolioStore.Stamp) see it: those changes add no rows.
create table org_revision (
    id       integer primary key,
    revision bigint  not null
);
insert into org_revision (id, revision) values (1, 0);
