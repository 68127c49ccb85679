package com.holdspace.session;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client's session records in full, oldest first, a page at a time: however many sessions there
 * are, a page costs four statements (the records, the kinds of session booked, every tap and every
 * amendment of the page) and only that page is held.
 */
@NamedInterface("api")
@Service
@Transactional(readOnly = true)
public class SessionRecords {

	private final SessionRecordRepository records;

	private final SessionEntryRepository entries;

	private final SessionAmendmentRepository amendments;

	private final JdbcTemplate jdbc;

	SessionRecords(SessionRecordRepository records, SessionEntryRepository entries,
			SessionAmendmentRepository amendments, JdbcTemplate jdbc) {
		this.records = records;
		this.entries = entries;
		this.amendments = amendments;
		this.jdbc = jdbc;
	}

	/** How many session records the client has, signed or not. */
	public int count(long clientId) {
		return (int) this.records.countByClientId(clientId);
	}

	/**
	 * The next {@code size} records after the one started at {@code afterStartedAt} with id
	 * {@code afterId}, in the order they were started; from the first when {@code afterStartedAt} is null.
	 */
	public List<SessionRecordInFull> page(long clientId, Instant afterStartedAt, long afterId, int size) {
		List<SessionRecord> page = (afterStartedAt == null) ? this.records.firstOf(clientId, Limit.of(size))
				: this.records.after(clientId, afterStartedAt, afterId, Limit.of(size));
		if (page.isEmpty()) {
			return List.of();
		}
		Long[] ids = page.stream().map(SessionRecord::getId).toArray(Long[]::new);
		Map<Long, List<SessionEntry>> tapsBySession = this.entries.findBySessionIdIn(ids)
			.stream()
			.collect(Collectors.groupingBy(SessionEntry::getSessionId));
		Map<Long, List<SessionAmendment>> amendmentsBySession = this.amendments.findBySessionIdIn(ids)
			.stream()
			.collect(Collectors.groupingBy(SessionAmendment::getSessionId));
		Map<Long, String> typeNames = typeNames(page);
		return page.stream()
			.map(record -> inFull(record, (record.getBookingId() != null) ? typeNames.get(record.getBookingId()) : null,
					tapsBySession.getOrDefault(record.getId(), List.of()),
					amendmentsBySession.getOrDefault(record.getId(), List.of())))
			.toList();
	}

	/** The kinds of session booked, from the view booking publishes for it. */
	private Map<Long, String> typeNames(List<SessionRecord> page) {
		Long[] bookingIds = page.stream()
			.map(SessionRecord::getBookingId)
			.filter(java.util.Objects::nonNull)
			.toArray(Long[]::new);
		if (bookingIds.length == 0) {
			return Map.of();
		}
		return this.jdbc
			.query("select booking_id, session_type_name from booked_session_kind where booking_id = any(?)",
					(row, number) -> Map.entry(row.getLong(1), row.getString(2)), (Object) bookingIds)
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private static SessionRecordInFull inFull(SessionRecord record, String typeName, List<SessionEntry> taps,
			List<SessionAmendment> amendments) {
		Map<Long, Instant> struckAt = taps.stream()
			.filter(tap -> tap.getKind() == EntryKind.STRUCK)
			.collect(Collectors.toMap(SessionEntry::getCorrectsEntryId, SessionEntry::getOccurredAt, (a, b) -> a));
		var checkIn = new SessionRecordInFull.CheckIn(record.getConsentReconfirmedAt(), record.getTensionBefore(),
				record.getArrival(), record.getHadWater(), record.getBreathingOffered(), record.getAlcoholOrDrugsToday(),
				record.getNewFlashbacks(), record.getHarmThoughts(), record.getCheckedInAt());
		var ending = new SessionRecordInFull.Ending(record.getGroundingDone(), record.getGrounding(),
				record.getTensionAfter(), record.getMinutesOver(), record.getSubjective(), record.getObjective(),
				record.getAssessment(), record.getPlan(), record.isCounsellingSuggested(), record.getReferral(),
				record.isContactProvider(), record.getProviderCheckInOn(), record.getSuggestedFrequency(),
				record.getNotesSavedByName());
		return new SessionRecordInFull(record.getId(), record.getBookingId(), typeName, record.getTherapistId(),
				record.getTherapistName(), record.getStartedAt(), record.getBookedMinutes(), checkIn,
				taps.stream()
					.filter(tap -> tap.getKind() != EntryKind.STRUCK)
					.map(tap -> entry(tap, struckAt.get(tap.getId())))
					.toList(),
				ending, record.getSignedAt(), record.getSignedByName(),
				amendments.stream()
					.map(amendment -> new SessionRecordInFull.Amendment(amendment.getId(), amendment.getReason(),
							amendment.getBody(), amendment.getAuthorName(), amendment.getCreatedAt()))
					.toList());
	}

	private static SessionRecordInFull.Entry entry(SessionEntry tap, Instant struckAt) {
		return new SessionRecordInFull.Entry(tap.getId(), tap.getKind(), tap.getOccurredAt(), tap.getRegion(),
				tap.getTechnique(), tap.getPressure(), tap.getMinutes(), tap.getEvent(), tap.getAction(),
				tap.getAnswer(), tap.getWords(), tap.getRecordedByName(), struckAt);
	}

}
