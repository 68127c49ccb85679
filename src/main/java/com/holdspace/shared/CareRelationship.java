package com.holdspace.shared;

import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Who reads a client's clinical records, the rule clinics keep for continuity of care: admin reads
 * every client's; a therapist reads the records of the clients they have treated or are booked to
 * treat, and no others; the front desk and clients read none here (their narrower views are their
 * own pages'). A therapist has a care relationship with a client when they hold a booking of that
 * client that is not cancelled (past or future), wrote a session record of that client, or
 * completed one of the client's intake versions (doing the SAFE intake starts care).
 * <p>
 * Each question is one statement on the indexes by client.
 */
@Service
public class CareRelationship {

	/** The three ways into care, for the therapist {@code ?1} and the client {@code r.client_id}. */
	private static final String CARES = """
			(exists (select 1 from booking b where b.client_id = r.client_id and b.therapist_id = ?
			          and b.status <> 'CANCELLED')
			 or exists (select 1 from session_record s where s.client_id = r.client_id and s.therapist_id = ?)
			 or exists (select 1 from intake_version v where v.client_id = r.client_id and v.completed_by = ?))""";

	/** Whether someone else wrote a session record or an intake version of the client. */
	private static final String COLLEAGUES = """
			(exists (select 1 from session_record s where s.client_id = r.client_id and s.therapist_id <> ?)
			 or exists (select 1 from intake_version v where v.client_id = r.client_id and v.completed_by <> ?))""";

	private static final String QUESTION = """
			select r.client_id, %s,
			       exists (select 1 from intake_version v where v.client_id = r.client_id),
			       case when r.author is null then %s else r.author <> ? end
			from r""".formatted(CARES, COLLEAGUES);

	private static final String OF_CLIENT = "with r as (select ?::bigint as client_id, null::bigint as author) "
			+ QUESTION;

	private static final String OF_SESSION = """
			with r as (select client_id, therapist_id as author from session_record where id = ?) """ + QUESTION;

	private final JdbcTemplate jdbc;

	CareRelationship(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Whether this person reads the client's clinical records: admin always, a therapist in care of
	 * the client, nobody else. Costs a statement for a therapist only.
	 */
	public boolean mayReadClinical(SignedInPerson person, long clientId) {
		if (isAdmin(person)) {
			return true;
		}
		return isTherapist(person) && cares(person.getAccountId(), clientId);
	}

	/** Whether the therapist has treated the client, is booked to, or completed their intake. */
	public boolean cares(long therapistId, long clientId) {
		return Boolean.TRUE.equals(this.jdbc.queryForObject("with r as (select ?::bigint as client_id) select " + CARES
				+ " from r", Boolean.class, clientId, therapistId, therapistId, therapistId));
	}

	/** Which of these clients are in the therapist's care, in one statement however many are asked about. */
	public java.util.Set<Long> inCareOf(long therapistId, java.util.Collection<Long> clientIds) {
		if (clientIds.isEmpty()) {
			return java.util.Set.of();
		}
		Long[] ids = clientIds.stream().distinct().toArray(Long[]::new);
		return java.util.Set.copyOf(this.jdbc.queryForList(
				"select r.client_id from unnest(?::bigint[]) as r(client_id) where " + CARES, Long.class,
				ids, therapistId, therapistId, therapistId));
	}

	/** What a therapist's request about a client's records reaches; empty when there is no such client. */
	public Reach reachOfClient(long therapistId, long clientId) {
		return ask(OF_CLIENT, clientId, therapistId).orElseThrow();
	}

	/** What a therapist's request about a session record reaches; empty when there is no such record. */
	public Optional<Reach> reachOfSession(long therapistId, long sessionId) {
		return ask(OF_SESSION, sessionId, therapistId);
	}

	private Optional<Reach> ask(String sql, long id, long therapistId) {
		return this.jdbc
			.query(sql, (row, n) -> new Reach(row.getLong(1), row.getBoolean(2), row.getBoolean(3), row.getBoolean(4)),
					id, therapistId, therapistId, therapistId, therapistId, therapistId, therapistId)
			.stream()
			.findFirst();
	}

	public static boolean isTherapist(SignedInPerson person) {
		return person != null && "THERAPIST".equals(person.getRoleName());
	}

	public static boolean isAdmin(SignedInPerson person) {
		return person != null && "ADMIN".equals(person.getRoleName());
	}

	/**
	 * What one request by a therapist reaches.
	 *
	 * @param clientId the client whose records they are
	 * @param cares the therapist has a care relationship with the client
	 * @param intakeDone the client has a completed intake version
	 * @param colleagues the record was written by someone else (for a session record), or some of the
	 * client's session records and intake versions were (for a client's pages)
	 */
	public record Reach(long clientId, boolean cares, boolean intakeDone, boolean colleagues) {
	}

}
