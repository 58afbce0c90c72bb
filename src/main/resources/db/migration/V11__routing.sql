-- Federation: route rules (code pattern → upstream or a named peer axis) and the claims of items
-- polled from the national axis (one row per remote docId, so several nodes never take the same item).
create table route_rule (
    pattern     varchar(35)  primary key,
    target      varchar(100) not null,
    source      varchar(16)  not null default 'admin',
    created_at  timestamp with time zone default current_timestamp not null
);

create table upstream_inbound (
    remote_doc_id  varchar(200) primary key,
    message_type   varchar(16)  not null,
    state          varchar(16)  not null,
    claimed_by     varchar(100) not null,
    claimed_at     timestamp with time zone not null,
    axis_id        varchar(36),
    detail         varchar(2000)
);

-- One upload of a package per remote axis, whatever the number of recipients behind it: the first
-- copy claims (axis_id, target), uploads, and records the remote DocId; the others reuse it.
create table remote_upload (
    axis_id     varchar(36)  not null,
    target      varchar(100) not null,
    doc_id      varchar(200),
    claimed_by  varchar(100) not null,
    claimed_at  timestamp with time zone not null,
    primary key (axis_id, target)
);
