-- The tables of V33 to V36 under the two roles (V50): the counts of wrong passwords and codes, and
-- what is typed into a short form, are working tables the application changes and removes; the
-- audit log's seals are insert-only, like the log they seal.
do $$
declare
    runtime text := '${runtimeRole}';
    schema  text := current_schema();
begin
    if runtime = current_user then
        return;
    end if;
    execute format('grant update, delete on %I.sign_in_failure, %I.typed_draft to %I', schema, schema, runtime);
    execute format('revoke update, delete, truncate, references, trigger on %I.audit_seal from %I', schema, runtime);
end
$$;
