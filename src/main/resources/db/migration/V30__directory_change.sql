-- What each directory version changed (ADR 030): one row per write to agency, agency_alias or route_rule,
-- numbered by the version that write moved to. A node behind by fewer than the rows kept re-reads only the
-- rows named here instead of the three tables; a gap (older rows pruned, or a version moved without a row)
-- makes it read them whole, as before.
create table directory_change (
    version   bigint       primary key,
    kind      varchar(8)   not null,
    item_key  varchar(35)  not null
);
