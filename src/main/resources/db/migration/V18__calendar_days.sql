-- Operators' decisions on the working calendar, on top of axis.calendar.*: a day off (a holiday not in
-- the configured list) or a working day (a configured holiday or weekly day off worked instead).
create table calendar_day (
    calendar_date  date          primary key,
    day_off     boolean       not null,
    note        varchar(200),
    updated_by  varchar(100)  not null,
    updated_at  timestamp with time zone not null
);
