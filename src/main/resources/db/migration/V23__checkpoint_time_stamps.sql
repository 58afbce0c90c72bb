-- RFC 3161 time-stamps on signed ledger checkpoints (ADR 028). The token (DER, base64) stamps the
-- SHA-256 of signed_xml exactly as stored; a checkpoint the TSA could not stamp yet keeps tsa_time
-- null and is retried by the checkpoint timer (newest first) within axis.evidence.tsa.retry-for.
alter table ledger_checkpoint add column tsa_token varchar(100000);
alter table ledger_checkpoint add column tsa_time timestamp with time zone;
alter table ledger_checkpoint add column tsa_attempts integer default 0 not null;
alter table ledger_checkpoint add column tsa_error varchar(1000);
create index ledger_checkpoint_tsa_time on ledger_checkpoint (tsa_time, id);
create index ledger_checkpoint_created_at on ledger_checkpoint (created_at);   -- the checkpoint an evidence container carries
