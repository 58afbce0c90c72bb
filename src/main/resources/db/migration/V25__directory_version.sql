-- The directory's version (ADR 030): every write to agency, agency_alias or route_rule bumps it in its
-- transaction; each node keeps the directory in memory and reloads when the version moved.
create table directory_version (
    id       integer primary key,
    version  bigint  not null
);
insert into directory_version (id, version) values (1, 0);
