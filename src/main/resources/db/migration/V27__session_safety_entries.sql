-- The session room keeps its safety rules for the whole session, and nothing recorded in it is
-- ever deleted: a mistaken tap is struck out by a new entry, a region withdrawn is allowed again
-- only by a new entry in the client's own words, and asking whether to go on records the answer.

alter table session_entry
    add column answer            text,
    add column corrects_entry_id bigint,
    add constraint session_entry_corrects_fk foreign key (corrects_entry_id) references session_entry (id),
    add constraint session_entry_answer_check check (answer in ('GO_ON', 'GO_ON_GENTLER', 'END_HERE'));

alter table session_entry drop constraint session_entry_kind_check;
alter table session_entry add constraint session_entry_kind_check
    check (kind in ('TOUCH', 'PAUSE', 'EVENT', 'RESPONSE', 'WORDS', 'WITHDRAWAL', 'STRUCK', 'RETURNED'));

alter table session_entry drop constraint session_entry_event_check;
alter table session_entry add constraint session_entry_event_check check (event in ('CRYING', 'DEEP_BREATHING',
    'LAUGHING', 'VOCAL_SOUNDS', 'TREMBLING', 'WARMTH', 'TINGLING', 'OPENING', 'MEMORIES_SURFACING',
    'DISSOCIATION_SIGNS', 'STOP_SIGNAL_USED', 'SADNESS', 'ANGER', 'JOY', 'RELIEF'));

alter table session_entry drop constraint session_entry_shape;
alter table session_entry add constraint session_entry_shape check (case kind
    when 'TOUCH' then region is not null and technique is not null and pressure is not null
        and minutes is not null
    when 'PAUSE' then words is not null
    when 'EVENT' then event is not null
    when 'RESPONSE' then action is not null
    when 'WORDS' then words is not null
    when 'WITHDRAWAL' then region is not null
    when 'STRUCK' then corrects_entry_id is not null
    when 'RETURNED' then region is not null and words is not null
end);

-- From now on a block of touch is 2 to 20 minutes, as the page offers; the question whether to go
-- on carries the client's answer. Rows recorded before are left as they were.
alter table session_entry add constraint session_entry_block_minutes
    check (kind <> 'TOUCH' or minutes between 2 and 20) not valid;
alter table session_entry add constraint session_entry_asked_has_answer
    check ((action = 'ASKED_WHETHER_TO_CONTINUE') = (answer is not null)) not valid;

-- Entries are only ever added, and only until the record is signed; a strike-out names an entry
-- of its own session, once.
create or replace function session_entry_locked() returns trigger
    language plpgsql as $$
declare
    session_id bigint := case when tg_op = 'INSERT' then new.session_id else old.session_id end;
    corrected session_entry%rowtype;
begin
    if tg_op <> 'INSERT' then
        raise exception 'a session entry is never changed or deleted; strike it out with a new entry'
            using errcode = '55000';
    end if;
    -- a share lock waits for a signature being written, so no tap slips in beside it
    if (select signed_at from session_record where id = session_id for share) is not null then
        raise exception 'session record % is signed: its entries cannot change', session_id
            using errcode = '55000';
    end if;
    if new.kind = 'STRUCK' then
        select * into corrected from session_entry where id = new.corrects_entry_id for share;
        if corrected.session_id is distinct from new.session_id then
            raise exception 'a strike-out names an entry of its own session' using errcode = '23514';
        end if;
        -- what set a safety rule going stands: it ends only by a new entry that says why
        if corrected.kind in ('WITHDRAWAL', 'RETURNED', 'STRUCK')
           or corrected.event in ('STOP_SIGNAL_USED', 'DISSOCIATION_SIGNS', 'MEMORIES_SURFACING')
           or corrected.action = 'STOPPED' or corrected.answer in ('GO_ON_GENTLER', 'END_HERE') then
            raise exception 'entry % cannot be struck out', corrected.id using errcode = '23514';
        end if;
    end if;
    return new;
end
$$;

create unique index session_entry_struck_once on session_entry (corrects_entry_id) where kind = 'STRUCK';
