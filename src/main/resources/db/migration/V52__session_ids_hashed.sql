-- spring_session keeps the SHA-256 (hex) of each session id, not the id the cookie carries, so reading
-- the table no longer lets anyone take over a signed-in session (see HashedSessionIds). Sessions
-- open now are hashed in place and stay signed in.
alter table spring_session alter column session_id type varchar(64);

update spring_session set session_id = encode(sha256(convert_to(btrim(session_id), 'UTF8')), 'hex');
