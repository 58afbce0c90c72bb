-- VXP client systems (national-axis SDK callers): the shared secret lives in client_system.vxp_secret
-- (V1); this flag says whether the system may register and delete agencies under its own ones
-- (registerAgency / deleteAgency).
alter table client_system add column vxp_may_register_agencies boolean default false not null;
