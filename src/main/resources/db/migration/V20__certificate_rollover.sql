-- Certificate rollover (issue 12): an agency's signing certificate can be retired on a chosen date; from then
-- on packages signed with it are refused, while its successor (registered beside it) is accepted.
alter table agency_certificate add column retire_at timestamp with time zone;
