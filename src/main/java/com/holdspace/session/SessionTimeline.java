package com.holdspace.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.holdspace.client.ClientView;
import com.holdspace.client.ClientService;

/**
 * A client's sessions over the weeks: tension before and after, and what happened. Read with one
 * statement however many sessions there are.
 */
@NamedInterface("api")
@Service
@Transactional(readOnly = true)
public class SessionTimeline {

	private final JdbcTemplate jdbc;

	private final ClientService clients;

	SessionTimeline(JdbcTemplate jdbc, ClientService clients) {
		this.jdbc = jdbc;
		this.clients = clients;
	}

	/** The timeline page: the client, and one page of their sessions. */
	public TimelinePage page(long clientId, int page, int size) {
		return new TimelinePage(this.clients.get(clientId), lines(clientId, page, size));
	}

	public record TimelinePage(ClientView client, List<SessionLine> lines) {
	}

	/**
	 * The newest sessions first, one page of {@code size} at a time, in one statement: each record
	 * with the kind of session booked (from the view booking publishes for it, V57) and its release
	 * events counted by the database (an event struck out does not count).
	 */
	public List<SessionLine> lines(long clientId, int page, int size) {
		return this.jdbc.query("""
				select r.id, r.started_at, r.therapist_id, r.therapist_name, k.session_type_name, r.tension_before, r.tension_after,
				       r.signed_at is not null,
				       (select string_agg(counted.event || '=' || counted.times, ',')
				        from (select e.event, count(*) as times from session_entry e
				              where e.session_id = r.id and e.kind = 'EVENT'
				                and not exists (select 1 from session_entry s
				                                where s.corrects_entry_id = e.id and s.kind = 'STRUCK')
				              group by e.event) counted)
				from session_record r
				left join booked_session_kind k on k.booking_id = r.booking_id
				where r.client_id = ?
				order by r.started_at desc, r.id desc
				limit ? offset ?""", (row, number) -> new SessionLine(row.getLong(1), row.getTimestamp(2).toInstant(),
				row.getLong(3), row.getString(4), row.getString(5), (Integer) row.getObject(6),
				(Integer) row.getObject(7), events(row.getString(9)), row.getBoolean(8)), clientId, size,
				(long) page * size);
	}

	/** "RELEASE=2,CRYING=1" as counts by event. */
	private static Map<ReleaseEvent, Long> events(String counted) {
		if (counted == null) {
			return Map.of();
		}
		Map<ReleaseEvent, Long> events = new EnumMap<>(ReleaseEvent.class);
		for (String pair : counted.split(",")) {
			int equals = pair.indexOf('=');
			events.put(ReleaseEvent.valueOf(pair.substring(0, equals)), Long.parseLong(pair.substring(equals + 1)));
		}
		return events;
	}

	/**
	 * One session on the client's timeline.
	 *
	 * @param typeName the kind of session booked, or null for a walk-in
	 */
	public record SessionLine(long id, Instant startedAt, long therapistId, String therapistName, String typeName,
			Integer tensionBefore,
			Integer tensionAfter, Map<ReleaseEvent, Long> events, boolean signed) {

		/** Tension went down (a positive number), up (negative), or null when either is missing. */
		public Integer easedBy() {
			return (this.tensionBefore != null && this.tensionAfter != null) ? this.tensionBefore - this.tensionAfter
					: null;
		}

	}

	/**
	 * Tension before and after each session, oldest on the left, as SVG polyline points in a
	 * 300 x 120 box (0 at the bottom, 10 at the top).
	 */
	public static TensionChart chart(List<SessionLine> newestFirst) {
		List<SessionLine> lines = new ArrayList<>(newestFirst);
		java.util.Collections.reverse(lines);
		int n = lines.size();
		StringBuilder before = new StringBuilder();
		StringBuilder after = new StringBuilder();
		List<TensionChart.Dot> dots = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			int x = (n == 1) ? 150 : 20 + i * 270 / (n - 1);
			SessionLine line = lines.get(i);
			if (line.tensionBefore() != null) {
				int y = y(line.tensionBefore());
				before.append(x).append(',').append(y).append(' ');
				dots.add(new TensionChart.Dot(x, y, true));
			}
			if (line.tensionAfter() != null) {
				int y = y(line.tensionAfter());
				after.append(x).append(',').append(y).append(' ');
				dots.add(new TensionChart.Dot(x, y, false));
			}
		}
		return new TensionChart(before.toString().strip(), after.toString().strip(), dots);
	}

	private static int y(int tension) {
		return 110 - tension * 10;
	}

	/** The tension lines of the timeline chart. */
	public record TensionChart(String before, String after, List<Dot> dots) {

		public record Dot(int x, int y, boolean before) {
		}

	}

}
