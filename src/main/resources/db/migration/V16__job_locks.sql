-- Periodic jobs run on one node at a time (ADR 015): ShedLock's lock table. Times are database
-- time (ShedLock usingDbTime), so the nodes' clocks do not matter.
create table shedlock (
    name        varchar(64)   not null primary key,
    lock_until  timestamp     not null,
    locked_at   timestamp     not null,
    locked_by   varchar(255)  not null
);
