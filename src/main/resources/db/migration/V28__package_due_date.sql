-- The document's DueDate (MessageHeader/DueDate, yyyy/MM/dd) kept in its row at acceptance, so that the duty
-- gauges and reports never read package blobs. due_date_read is true for every row written since; rows from
-- before this migration have it null until DueDateBackfill has read their header (in the background, in batches).
-- Both columns are nullable without a default: adding them rewrites no row (instant on 10 million rows).
alter table package add column due_date date;
alter table package add column due_date_read boolean;
-- Whether rows from before this migration wait for the backfill (false on a new or empty ledger, so that no
-- start ever scans the package table for them); DueDateBackfill clears it once every such row was read.
create table due_date_backfill (
    id       integer primary key,
    pending  boolean not null
);
insert into due_date_backfill (id, pending) select 1, exists (select 1 from package);
