-- An email that carries a secret link (a portal invitation sets a password; a waitlist offer books a
-- time) no longer keeps it in its body: the body has a mark where the link goes, and the link waits
-- beside it, encrypted by Holdspace (FieldCipher), until the email is sent; then it is dropped. So
-- neither a copy of the database nor anyone reading outgoing_message holds a link that still works.
alter table outgoing_message add column link text;

comment on column outgoing_message.link is
    'the secret link the body''s {{link}} mark stands for, encrypted; null once the email is sent';

-- Emails already sent keep their words, without the secret part of their links.
update outgoing_message
set body = regexp_replace(body, '(/(invitations|offers)/)[A-Za-z0-9_-]{16,}', '\1(removed once sent)', 'g')
where kind in ('PORTAL_INVITATION', 'WAITLIST_OFFER') and sent_at is not null;
