-- Console search by agency (PackageSearch): the recipients' side reads the copies of an agency in time order,
-- an index range scan limited to the page (a copy's created_at is its package's received_at). Before, the
-- search walked package_received testing every package for a copy to the agency (docs/benchmarks.md).
create index delivery_recipient_created on delivery (recipient_code, created_at, axis_id);
