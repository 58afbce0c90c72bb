-- Remote tracking of copies sent to another axis (upstream or a peer's VXP facade): the target and
-- remote DocId of each copy, how far the remote axis has reported it (SENT → ACCEPTED → RECEIVED,
-- or REVOKED; EXPIRED once it is no longer asked) and when it was last asked (getSentEdocList).
alter table delivery add column remote_target varchar(100);
alter table delivery add column remote_doc_id varchar(200);
alter table delivery add column remote_state varchar(16);
alter table delivery add column remote_checked_at timestamp with time zone;
create index delivery_remote on delivery (remote_state, remote_checked_at);
