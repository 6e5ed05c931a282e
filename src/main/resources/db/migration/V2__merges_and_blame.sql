-- A merged version records the version its author had edited (its parent is the head it was
-- merged onto), and every version keeps its attribution spans, computed once when it is written.
alter table draft_version add column base_number integer;
alter table draft_version add column blame varchar(1000000);
