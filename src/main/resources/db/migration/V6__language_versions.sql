-- Language versions: every draft has a BCP 47 language; a language version names the draft it
-- renders, and each of its versions the source version it renders. One per language per draft
-- (drafts that are no language version have a null source, and nulls never collide). A language
-- version keeps the source version its head renders on its own row, so reading it costs nothing.
alter table draft add column language varchar(35) default 'en' not null;
alter table draft add column translation_of bigint;
alter table draft add constraint fk_draft_translation_of foreign key (translation_of) references draft (id);
alter table draft add constraint uk_draft_translation_language unique (translation_of, language);
alter table draft add column source_version integer;
alter table draft_version add column source_version integer;
