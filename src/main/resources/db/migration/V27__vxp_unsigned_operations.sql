-- Issue 10 §1 (outside check): a VXP signature that does not name its operation (servicecode) could be
-- replayed to another read (getAgenciesList -> getSentEdocList, updateStatus -> getEdoc). New client systems
-- are strict: every call must sign servicecode. Client systems that exist at the upgrade keep working as before
-- (their DMS may use the stock SDK, which signs no servicecode) but only over HTTPS; an operator turns them strict
-- (PUT /admin/api/v1/clients/{id}/vxp) once their DMS signs servicecode (docs/vxp.md, ADR 037).
alter table client_system add column vxp_unsigned_operations boolean default false not null;
update client_system set vxp_unsigned_operations = true;
