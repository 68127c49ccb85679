package com.holdspace.shared;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * PostgreSQL keeps the SHA-256 of each session id, never the id itself: the id is what the session
 * cookie carries, so whoever could read {@code spring_session} could otherwise sign in as anyone
 * signed in. Spring Session's own SQL is replaced by the same statements with the id hashed where it
 * is written and compared; the id stays in the cookie and in memory only.
 * <ul>
 * <li>A session looked up by its cookie answers with the id it was asked for, so the cookie is not
 * rewritten.</li>
 * <li>A person's sessions listed by name (to show or end them) can only carry what is stored: their id
 * is {@link #LISTED} and the stored hash. Removing one by that id removes that session; a cookie that
 * carries such an id finds nothing, since a lookup by cookie always hashes.</li>
 * </ul>
 * A database that still held plain ids had them hashed by migration V52, so nobody was signed out.
 */
@Configuration(proxyBeanMethods = false)
public class HashedSessionIds {

	/** How a session id found by a person's name begins: the stored hash follows. */
	static final String LISTED = "#";

	private static final String HASHED = "encode(sha256(convert_to(%s, 'UTF8')), 'hex')";

	/** The stored id for an id handed to a save or a removal: hashed, or the stored hash of a listed one. */
	private static final String STORED = "case when left(%1$s, 1) = '" + LISTED + "' then substr(%1$s, 2) else "
			+ HASHED.formatted("%1$s") + " end";

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionIdsStoredHashed() {
		String hashedAsked = HASHED.formatted("asked.id");
		String storedGiven = STORED.formatted("given.id");
		return repository -> {
			repository.setCreateSessionQuery("insert into %TABLE_NAME% (primary_id, session_id, creation_time, "
					+ "last_access_time, max_inactive_interval, expiry_time, principal_name) values (?, "
					+ HASHED.formatted("cast(? as varchar)") + ", ?, ?, ?, ?, ?)");
			repository.setGetSessionQuery("with asked as (select cast(? as varchar) as id) "
					+ "select s.primary_id, asked.id as session_id, s.creation_time, s.last_access_time, "
					+ "s.max_inactive_interval, sa.attribute_name, sa.attribute_bytes from asked "
					+ "join %TABLE_NAME% s on s.session_id = " + hashedAsked + " "
					+ "left join %TABLE_NAME%_ATTRIBUTES sa on s.primary_id = sa.session_primary_id");
			repository.setUpdateSessionQuery("with given as (select cast(? as varchar) as id) "
					+ "update %TABLE_NAME% set session_id = (select " + storedGiven + " from given), "
					+ "last_access_time = ?, max_inactive_interval = ?, expiry_time = ?, principal_name = ? "
					+ "where primary_id = ?");
			repository.setDeleteSessionQuery("with given as (select cast(? as varchar) as id) "
					+ "delete from %TABLE_NAME% s using given where s.session_id = " + storedGiven + " "
					+ "and s.max_inactive_interval >= 0");
			repository.setListSessionsByPrincipalNameQuery("select s.primary_id, '" + LISTED
					+ "' || s.session_id as session_id, s.creation_time, s.last_access_time, s.max_inactive_interval, "
					+ "sa.attribute_name, sa.attribute_bytes from %TABLE_NAME% s "
					+ "left join %TABLE_NAME%_ATTRIBUTES sa on s.primary_id = sa.session_primary_id "
					+ "where s.principal_name = ?");
		};
	}

	/** The id under which a person's sessions, found by name, list the session with this cookie id. */
	public static String listedId(String sessionId) {
		return LISTED + SecretTokens.sha256(sessionId);
	}

}
