-- The audit log's seals. The chain of SHA-256 hashes (V18) needs no secret, so whoever can switch
-- the triggers off can edit a row and compute the chain again. Each event is now also sealed by
-- the application with an HMAC of its hash under a key from configuration, never stored here; an
-- edited row's seal no longer matches, and without the key no new one can be made. A seal names
-- its key, so keys can be rotated like the encryption keys. Rows from before this migration have
-- no seal; every row after the first sealed one must have one.
create table audit_seal (
    position bigint primary key references audit_event (position),
    key_id   text not null,
    mac      text not null,
    constraint audit_seal_texts_fit check (length(key_id) <= 40 and length(mac) = 64)
);

create trigger audit_seal_insert_only before update or delete on audit_seal
    for each row execute function audit_event_is_insert_only();
create trigger audit_seal_no_truncate before truncate on audit_seal
    for each statement execute function audit_event_is_insert_only();

revoke update, delete, truncate on audit_seal from public;
