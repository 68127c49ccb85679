-- Staff experienced in emotional-release work, offered first to a client who asked for one; and
-- the client's wish, kept beside the intake version (the answers are encrypted) so that the front
-- desk can be told "prefers an experienced therapist" and never why.
alter table account add column experienced_in_release boolean not null default false;
alter table intake_version add column wants_experienced boolean not null default false;
alter table intake_version_history add column wants_experienced boolean;
