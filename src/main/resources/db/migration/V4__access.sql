-- Access for applications and browsers: members can be deactivated; API tokens and browser
-- sessions are stored only as the SHA-256 of their secret; a word index over each draft's head text.

alter table member add column active boolean default true not null;

create table access_token (
    id            bigint       not null primary key,
    member_id     bigint       not null references member (id),
    kind          varchar(16)  not null,
    label         varchar(200) not null,
    token_hash    varchar(64)  not null,
    created_at    timestamp with time zone not null,
    expires_at    timestamp with time zone not null,
    last_used_at  timestamp with time zone,
    revoked_at    timestamp with time zone,
    constraint uk_access_token_hash unique (token_hash),
    constraint ck_access_token_kind check (kind in ('api', 'session'))
);
create index ix_access_token_member on access_token (member_id, kind);

-- The distinct words (lower-cased) of each draft's head text, rewritten with every new version.
create table search_word (
    draft_id  bigint       not null references draft (id),
    word      varchar(200) not null,
    constraint pk_search_word primary key (word, draft_id)
);
create index ix_search_word_draft on search_word (draft_id);

-- Which head version the index holds for each draft (drafts of older databases are indexed at start).
create table search_indexed (
    draft_id  bigint  not null primary key references draft (id),
    version   integer not null
);
