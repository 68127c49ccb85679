-- Attempts at signing in, at a second factor and at unlocking a tablet, counted per account, per
-- address and per tablet session in token buckets (Bucket4j), here so that every instance of
-- Holdspace counts against the same limit. The key is a SHA-256 of what is counted, never an email
-- or an address as such.
create table rate_limit_bucket (
    id         text primary key,
    state      bytea,
    expires_at bigint
);

create index rate_limit_bucket_expires_idx on rate_limit_bucket (expires_at);
