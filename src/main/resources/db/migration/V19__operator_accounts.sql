-- Operator console (ADR 023): personal accounts with a role, their personal admin API tokens, and the
-- indexes the console's searches need (audit log by person and date, packages by date and sender).
create table operator_account (
    login            varchar(64)  primary key,
    display_name     varchar(200) not null,
    role             varchar(16)  not null,
    password_hash    varchar(200) not null,
    locale           varchar(8)   default 'vi' not null,
    failed_sign_ins  integer      default 0 not null,
    locked_until     timestamp with time zone,
    last_sign_in_at  timestamp with time zone,
    created_at       timestamp with time zone default current_timestamp not null,
    disabled_at      timestamp with time zone
);

create table operator_token (
    id            varchar(36)  primary key,
    login         varchar(64)  not null references operator_account (login),
    label         varchar(200) not null,
    token_hash    varchar(64)  not null unique,
    created_at    timestamp with time zone default current_timestamp not null,
    last_used_at  timestamp with time zone,
    revoked_at    timestamp with time zone
);

create index audit_log_actor on audit_log (actor, id);
create index audit_log_at on audit_log (at, id);
create index package_received on package (received_at, axis_id);
create index package_sender on package (from_code, received_at);
