-- The duty gauges and reports select the copies that became available in a window, i.e. by
-- coalesce(completed_at, created_at). Without an index that was a scan of every delivery row each
-- metrics-refresh (20 million rows on a national ledger). DutyLedger now asks for completed_at in the window,
-- or completed_at null and created_at in it (exactly the same rows), which these two indexes serve
-- (PostgreSQL combines them with a BitmapOr).
create index delivery_completed on delivery (completed_at);
create index delivery_created on delivery (created_at);
