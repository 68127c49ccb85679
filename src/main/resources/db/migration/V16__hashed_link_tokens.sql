-- The secrets in calendar-feed and waitlist-offer links are kept as their SHA-256 only, as portal
-- invitations are: a copy of the database opens no link. Links already sent keep working.

alter table calendar_feed add column token_sha256 text;
update calendar_feed set token_sha256 = encode(sha256(convert_to(token, 'UTF8')), 'hex');
alter table calendar_feed alter column token_sha256 set not null;
alter table calendar_feed add constraint calendar_feed_token_sha256_key unique (token_sha256);
alter table calendar_feed drop column token;

alter table waitlist_offer add column token_sha256 text;
update waitlist_offer set token_sha256 = encode(sha256(convert_to(token, 'UTF8')), 'hex');
alter table waitlist_offer alter column token_sha256 set not null;
alter table waitlist_offer add constraint waitlist_offer_token_sha256_key unique (token_sha256);
alter table waitlist_offer drop column token;

alter table calendar_feed add constraint calendar_feed_token_sha256_hex check (token_sha256 ~ '^[0-9a-f]{64}$');
alter table waitlist_offer add constraint waitlist_offer_token_sha256_hex check (token_sha256 ~ '^[0-9a-f]{64}$');
alter table portal_invitation add constraint portal_invitation_token_sha256_hex check (token_sha256 ~ '^[0-9a-f]{64}$');
