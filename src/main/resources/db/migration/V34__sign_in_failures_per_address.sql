-- Wrong passwords and wrong second-factor codes, counted per account and address. A try is counted
-- before its secret is checked and forgotten when the secret was right; from the fourth on, each
-- waits twice as long as the one before (to fifteen minutes). An address that has not failed is
-- never made to wait, so nobody can lock a person out by guessing at their email from elsewhere.
create table sign_in_failure (
    step     text        not null,
    account  text        not null,
    address  text        not null,
    failures integer     not null,
    last_at  timestamptz not null,
    constraint sign_in_failure_pk primary key (step, account, address),
    constraint sign_in_failure_step check (step in ('PASSWORD', 'CODE')),
    constraint sign_in_failure_count check (failures > 0),
    constraint sign_in_failure_account_length check (length(account) <= 320),
    constraint sign_in_failure_address_length check (length(address) <= 64)
);

create index sign_in_failure_account on sign_in_failure (account, last_at);
