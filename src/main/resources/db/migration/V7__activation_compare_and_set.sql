-- Issue 21: publishing and rolling back are a compare-and-set on the active version, in the database, so two
-- replicas (or two threads of one) that both saw the same active version cannot both replace it. Each activation
-- names the activation it replaces; only one may replace any given one. Activations from before this migration, and
-- the very first, replace none (null is never a duplicate, on H2 as on PostgreSQL).
alter table ruleset_activation add column replaces bigint;
alter table ruleset_activation add constraint ruleset_activation_replaced_once unique (replaces);
