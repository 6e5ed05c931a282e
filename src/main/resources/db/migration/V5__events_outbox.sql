-- Events: the outbox that the live stream and the audit trail read, written in the transaction of
-- the change each row describes. Written in the SQL that H2 (2.x) and PostgreSQL share.

-- The id is the event's position. It is not an identity: it is handed out from event_counter as the
-- last step of the writing transaction, under the counter's row lock, so ids are gapless and follow
-- commit order (a reader that resumes after N never skips a row committed later).
create table event_outbox (
    id                      bigint       primary key,
    type                    varchar(32)  not null,
    term_id                 bigint       not null references term (id),
    term_slug               varchar(64)  not null,
    draft_id                bigint       not null references draft (id),
    version_number          integer,
    comment_id              bigint,
    delegation_code         varchar(16)  not null,
    actor                   varchar(64)  not null,
    -- who could see the change when it happened: null for everyone, else that one delegation
    audience_delegation_id  bigint       references delegation (id),
    created_at              timestamp with time zone not null
);
create index ix_event_term on event_outbox (term_id, id);

-- One row: the newest position handed out.
create table event_counter (
    id        integer primary key,
    last_id   bigint  not null,
    constraint ck_event_counter_one check (id = 1)
);
insert into event_counter (id, last_id) values (1, 0);
