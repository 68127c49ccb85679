package com.holdspace.shared;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The two PostgreSQL roles Holdspace runs with, made by someone allowed to make roles (a superuser
 * or a role with CREATEROLE): the <em>owner</em>, which owns every table and which Flyway migrates
 * with, and the <em>runtime</em> role the application connects as, which owns nothing and has only
 * the grants migration V50 gives it. Both are plain login roles: no superuser, no CREATEROLE, no
 * CREATEDB, no replication, no bypass of row security.
 * <p>
 * Roles belong to the whole PostgreSQL server, so each step here may run again, and at the same
 * moment from another process (two test runs, two demo starts), without failing.
 */
public final class DatabaseRoles {

	private DatabaseRoles() {
	}

	/** Makes the login role when missing and gives it this password; it never becomes more than a login. */
	public static void ensureLogin(Connection admin, String role, String password) throws SQLException {
		String name = identifier(role);
		String secret = (password != null) ? password : "";
		try (var superuser = admin.prepareStatement("select rolsuper from pg_roles where rolname = ?")) {
			superuser.setString(1, role);
			try (var result = superuser.executeQuery()) {
				if (result.next() && result.getBoolean(1)) {
					throw new IllegalStateException("The role '" + role + "' is a superuser; Holdspace's owner and "
							+ "runtime roles are ordinary logins of their own (see README, \"Database roles\")");
				}
			}
		}
		try (Statement statement = admin.createStatement()) {
			// two processes altering one role at once may fail ("tuple concurrently updated"): one at a time
			statement.execute("select pg_advisory_lock(hashtext('holdspace database roles'))");
			try {
				makeLogin(statement, role, name, secret);
			}
			finally {
				statement.execute("select pg_advisory_unlock(hashtext('holdspace database roles'))");
			}
		}
	}

	private static void makeLogin(Statement statement, String role, String name, String secret) throws SQLException {
		statement.execute("""
				do $$
				begin
				    if not exists (select 1 from pg_roles where rolname = %1$s) then
				        create role %2$s login;
				    end if;
				exception when duplicate_object or unique_violation then
				    null; -- made by another process at the same moment
				end
				$$""".formatted(literal(role), name));
		statement.execute("alter role " + name
				+ " login nosuperuser nocreaterole nocreatedb noreplication nobypassrls password "
				+ (secret.isEmpty() ? "null" : literal(secret)));
	}

	/** Creates the database, owned by the owner role, when it is missing; answers whether it did. */
	public static boolean ensureDatabase(Connection admin, String database, String owner) throws SQLException {
		try (var exists = admin.prepareStatement("select 1 from pg_database where datname = ?")) {
			exists.setString(1, database);
			try (var result = exists.executeQuery()) {
				if (result.next()) {
					return false;
				}
			}
		}
		try (Statement statement = admin.createStatement()) {
			statement.execute("create database " + identifier(database) + " owner " + identifier(owner));
			return true;
		}
	}

	/**
	 * Makes the owner role the owner of the database and of everything in its {@code public}
	 * schema that another role owns (not what belongs to an extension): a database made before
	 * Holdspace ran with two roles, whose tables the superuser owned. Run on a connection to that
	 * database.
	 */
	public static void handOver(Connection adminOnDatabase, String owner) throws SQLException {
		String name = identifier(owner);
		try (Statement statement = adminOnDatabase.createStatement()) {
			statement.execute("alter database " + identifier(adminOnDatabase.getCatalog()) + " owner to " + name);
			statement.execute("""
					do $$
					declare
					    object record;
					begin
					    for object in
					        select c.oid::regclass::text as name, c.relkind from pg_class c
					        where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p', 'v', 'm', 'S')
					          and c.relowner <> %1$s::regrole
					          and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass
					                          and d.objid = c.oid and d.deptype in ('e', 'i', 'a'))
					    loop
					        execute format('alter %%s %%s owner to %2$s',
					            case object.relkind when 'S' then 'sequence' when 'v' then 'view'
					                 when 'm' then 'materialized view' else 'table' end, object.name);
					    end loop;
					    for object in
					        select p.oid::regprocedure::text as name from pg_proc p
					        where p.pronamespace = 'public'::regnamespace and p.proowner <> %1$s::regrole
					          and not exists (select 1 from pg_depend d where d.classid = 'pg_proc'::regclass
					                          and d.objid = p.oid and d.deptype = 'e')
					    loop
					        execute format('alter function %%s owner to %2$s', object.name);
					    end loop;
					end
					$$""".formatted(literal(owner), name));
		}
	}

	/** A role or database name as SQL, refused unless it is a plain lower-case identifier. */
	static String identifier(String name) {
		if (name == null || !name.matches("[a-z_][a-z0-9_]{0,62}")) {
			throw new IllegalArgumentException("'" + name + "' is not a plain lower-case PostgreSQL name");
		}
		return name;
	}

	private static String literal(String value) {
		return "'" + value.replace("'", "''") + "'";
	}

}
