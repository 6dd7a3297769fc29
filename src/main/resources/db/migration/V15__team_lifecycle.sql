-- Issue 27: a team's life (renamed, moved, archived, restored, deleted) in the audit log, readable per team. Portable
-- to H2 and PostgreSQL. No foreign key: a deleted team's entries outlive it (they say what went).
alter table audit_log add column team_id varchar(64);
create index audit_log_team on audit_log (team_id, seq);
