-- Issue 16: V5 compressed every stored input and result and moved the blockers onto their level rows; the text
-- columns and the row per blocker go. On PostgreSQL the space comes back at the next VACUUM FULL (README "Storage").
alter table assessment drop column input;
alter table assessment drop column result;
alter table assessment alter column dictionary_id set not null;
alter table assessment alter column input_z set not null;
alter table assessment alter column result_z set not null;
drop table assessment_blocker;
