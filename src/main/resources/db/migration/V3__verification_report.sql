-- The verification report of each accepted package (signature, chain, revocation source and time,
-- PDF attachment results, policy): the evidence of what the axis checked at intake.
create table verification_report (
    axis_id  varchar(36)     primary key references package (axis_id),
    report   varchar(200000) not null
);
