-- A double-tapped "Add" on the room or session type form carries one token and makes one record.
alter table room add column creation_token uuid;
alter table room add constraint room_creation_token_key unique (creation_token);
alter table session_type add column creation_token uuid;
alter table session_type add constraint session_type_creation_token_key unique (creation_token);
