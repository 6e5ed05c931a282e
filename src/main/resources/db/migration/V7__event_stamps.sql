-- Events carry a stamp, which is what readers see as the event's id: the microsecond it was appended,
-- raised where needed to stay above the previous stamp. Positions (event_outbox.id) stay gapless and
-- internal: read as ids they told a delegation how many events it was not shown, and when.
-- Rows written before this migration keep their position as their stamp (every new stamp is larger).
-- Written in the SQL that H2 (2.x) and PostgreSQL share.
alter table event_outbox add column stamp bigint;
update event_outbox set stamp = id;
alter table event_outbox alter column stamp set not null;
create unique index ux_event_stamp on event_outbox (stamp);

alter table event_counter add column last_stamp bigint default 0 not null;
update event_counter set last_stamp = last_id;
