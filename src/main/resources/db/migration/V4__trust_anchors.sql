-- Trust anchors added through the admin API, in addition to the configured ones (axis.trust.anchors).
create table trust_anchor (
    sha256_fingerprint  varchar(64)    primary key,
    subject_dn          varchar(1000)  not null,
    not_after           timestamp with time zone not null,
    revocation          varchar(16)    not null,
    pem                 varchar(20000) not null,
    added_by            varchar(200),
    created_at          timestamp with time zone default current_timestamp not null
);
