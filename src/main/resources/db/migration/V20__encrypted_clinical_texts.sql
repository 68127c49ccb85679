-- Trigger notes, screening answers and the notes of session records are stored encrypted by the
-- application (AES-256-GCM, see FieldCipher): a value reads "hs1:<key id>:<base64>". The limits on
-- these texts stay on the forms and in the services, where the words are readable; here the limits
-- bound the ciphertext, which is about four thirds of the text's bytes, a UTF-8 character taking up
-- to four. Blank values are stored as they are, so "signed notes are not empty" still holds here.

alter table intake_draft alter column answers type text using answers::text;
alter table intake_version alter column answers type text using answers::text;
alter table intake_self_fill alter column answers type text using answers::text;

alter table intake_draft drop constraint intake_draft_fits;
alter table intake_version drop constraint intake_version_fits;
alter table intake_self_fill drop constraint intake_self_fill_fits;
alter table intake_draft add constraint intake_draft_fits check (length(answers) <= 600000);
alter table intake_version add constraint intake_version_fits check (length(answers) <= 600000);
alter table intake_self_fill add constraint intake_self_fill_fits check (length(answers) <= 600000);

alter table session_record drop constraint session_record_texts_fit;
alter table session_record add constraint session_record_texts_fit check (length(arrival) <= 6000
    and length(grounding) <= 3000 and length(subjective) <= 22000 and length(objective) <= 22000
    and length(assessment) <= 22000 and length(plan) <= 22000 and length(referral) <= 3000);

alter table session_entry drop constraint session_entry_words_fit;
alter table session_entry add constraint session_entry_words_fit check (length(words) between 1 and 6000);

alter table session_amendment drop constraint session_amendment_body_present;
alter table session_amendment add constraint session_amendment_body_present
    check (length(btrim(body)) between 1 and 22000);
