-- An email address has one form (compatibility-composed, lower case) in which it is stored, looked
-- up, throttled and audited; the application writes it so. Rows from before are brought to that
-- form, and uniqueness is now on the stored form itself: a lookup by lower() could match an
-- account that a differently lower-cased key had not counted against.
update account set email = lower(normalize(email, NFKC)) where email <> lower(normalize(email, NFKC));
drop index account_email_key;
create unique index account_email_key on account (email);
