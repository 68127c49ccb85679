-- The check-in asks whether the client has had water and offers a breathing exercise before touch,
-- as the practice begins every session. Records checked in before this carry neither.
alter table session_record
    add column had_water         boolean,
    add column breathing_offered boolean;

-- the record's history (Hibernate Envers) keeps them too
alter table session_record_history
    add column had_water         boolean,
    add column breathing_offered boolean;
