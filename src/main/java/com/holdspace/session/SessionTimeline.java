package com.holdspace.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.holdspace.client.Client;
import com.holdspace.client.ClientService;

/**
 * A client's sessions over the weeks: tension before and after, and what happened. Read with three
 * statements however many sessions there are (the records, their events counted by the database,
 * and the kinds of session booked).
 */
@Service
@Transactional(readOnly = true)
public class SessionTimeline {

	private final SessionRecordRepository records;

	private final JdbcTemplate jdbc;

	private final ClientService clients;

	SessionTimeline(SessionRecordRepository records, JdbcTemplate jdbc, ClientService clients) {
		this.records = records;
		this.jdbc = jdbc;
		this.clients = clients;
	}

	/** The timeline page: the client, and one page of their sessions. */
	public TimelinePage page(long clientId, int page, int size) {
		return new TimelinePage(this.clients.get(clientId), lines(clientId, page, size));
	}

	public record TimelinePage(Client client, List<SessionLine> lines) {
	}

	/** The newest sessions first, one page of {@code size} at a time. */
	public List<SessionLine> lines(long clientId, int page, int size) {
		List<SessionRecordRepository.TimelineRow> found = this.records.timelineOf(clientId, PageRequest.of(page, size));
		if (found.isEmpty()) {
			return List.of();
		}
		Long[] ids = found.stream().map(SessionRecordRepository.TimelineRow::id).toArray(Long[]::new);
		Long[] bookingIds = found.stream()
			.map(SessionRecordRepository.TimelineRow::bookingId)
			.filter(java.util.Objects::nonNull)
			.toArray(Long[]::new);
		Map<Long, Map<ReleaseEvent, Long>> events = new HashMap<>();
		this.jdbc.query("""
				select e.session_id, e.event, count(*) from session_entry e
				where e.session_id = any(?) and e.kind = 'EVENT'
				  and not exists (select 1 from session_entry s where s.corrects_entry_id = e.id)
				group by e.session_id, e.event""", row -> {
			events.computeIfAbsent(row.getLong(1), id -> new EnumMap<>(ReleaseEvent.class))
				.put(ReleaseEvent.valueOf(row.getString(2)), row.getLong(3));
		}, (Object) ids);
		Map<Long, String> types = new HashMap<>();
		if (bookingIds.length > 0) {
			this.jdbc.query("""
					select b.id, t.name from booking b join session_type t on t.id = b.session_type_id
					where b.id = any(?)""", row -> {
				types.put(row.getLong(1), row.getString(2));
			}, (Object) bookingIds);
		}
		List<SessionLine> lines = new ArrayList<>();
		for (SessionRecordRepository.TimelineRow row : found) {
			lines.add(new SessionLine(row.id(), row.startedAt(), row.therapistId(), row.therapistName(),
					(row.bookingId() != null) ? types.get(row.bookingId()) : null, row.tensionBefore(), row.tensionAfter(),
					events.getOrDefault(row.id(), Map.of()), row.signedAt() != null));
		}
		return lines;
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
