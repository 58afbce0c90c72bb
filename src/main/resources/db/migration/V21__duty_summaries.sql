-- Daily duty summaries pushed to the operator's webhook (docs/duties.md): one row per calendar day
-- sent, so that the summary goes out once a day whichever node runs the job.
create table duty_summary_sent (
    summary_day date primary key,
    sent_at timestamp with time zone not null,
    node_id varchar(100) not null,
    http_status integer not null
);
