-- The principal name is the sign-in email, which may be up to 254 characters (320 is the most an
-- address can ever be); at 100, a longer email could not be stored and its owner could not sign in.
alter table spring_session alter column principal_name type varchar(320);
