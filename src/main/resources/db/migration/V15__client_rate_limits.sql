-- Per-client overrides of axis.limits.rate.* set by an operator (admin API). The key is the client
-- as the rate limiter names it: client:<clientId> (token/certificate clients), vxp:<systemId>.
create table client_rate_limit (
    client_key            varchar(200)     primary key,
    requests_per_second   double precision not null,
    burst                 bigint           not null,
    max_in_flight_bytes   bigint           not null,
    updated_by            varchar(200)     not null,
    updated_at            timestamp with time zone default current_timestamp not null
);
