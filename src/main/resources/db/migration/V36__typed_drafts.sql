-- What a person has typed into a short clinical form (an amendment, a referral, a clearance) and
-- not yet sent, kept on the server as they type, so that a closed tab, a flat battery or a sign-in
-- that ran out loses nothing. One per person and form; encrypted like the notes it will become;
-- removed when the form is sent, and after a week in any case.
create table typed_draft (
    account_id bigint      not null references account (id),
    form_key   text        not null,
    body       text        not null,
    updated_at timestamptz not null,
    constraint typed_draft_pk primary key (account_id, form_key),
    constraint typed_draft_key_shape check (form_key ~ '^[a-z]+(:[A-Za-z0-9_]+)+$' and length(form_key) <= 100),
    constraint typed_draft_body_fits check (length(body) <= 200000)
);
