-- Retention and archive (ADR 027): where each package's bytes are, and the legal holds that forbid
-- deleting them. Every move, deletion, hold and release is also a ledger event (hash-chained).
create table package_retention (
    axis_id     varchar(36)  primary key references package (axis_id),
    state       varchar(20)  not null,            -- ARCHIVED, DELETED
    archived_at timestamp with time zone not null,
    deleted_at  timestamp with time zone
);
create index package_retention_state on package_retention (state, archived_at);

create table legal_hold (
    axis_id  varchar(36)  primary key references package (axis_id),
    reason   varchar(500) not null,
    set_by   varchar(100) not null,
    set_at   timestamp with time zone not null
);
