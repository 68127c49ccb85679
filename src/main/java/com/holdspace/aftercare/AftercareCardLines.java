package com.holdspace.aftercare;

import java.sql.Timestamp;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.holdspace.shared.ClinicTime;

/**
 * What the aftercare card on the client page shows: the newest plans handed over and what the client
 * answered to each, in one statement, with dates already written out for the page.
 */
@Component
class AftercareCardLines {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

	private final JdbcTemplate jdbc;

	private final ClinicTime time;

	AftercareCardLines(JdbcTemplate jdbc, ClinicTime time) {
		this.jdbc = jdbc;
		this.time = time;
	}

	/** One plan on the card, newest first, with the check-ins it had, newest first. */
	record Plan(long sessionId, String handedOver, String therapistName, String read, String followUp,
			List<CheckIn> checkIns) {

		/** Where the plan is written: its session's page, at the plan. */
		public String href() {
			return "/sessions/" + this.sessionId + "#aftercare";
		}

	}

	/** A check-in: when, how the client felt (1 to 5) and their words, quoted for the card. */
	record CheckIn(String sent, int feeling, String words) {

		public String feelingKey() {
			return "portal.feeling." + this.feeling;
		}

		public String quoted() {
			return (this.words != null) ? ": “" + this.words + "”" : "";
		}

	}

	@Transactional(readOnly = true)
	List<Plan> newest(long clientId, int count) {
		Map<Long, Plan> plans = new LinkedHashMap<>();
		this.jdbc.query("""
				select p.id, p.session_id, p.handed_over_at, p.therapist_name, p.read_at, p.follow_up_on,
				       c.sent_at, c.feeling, c.words
				from (select id, session_id, handed_over_at, therapist_name, read_at, follow_up_on
				      from aftercare_plan where client_id = ? and handed_over_at is not null
				      order by handed_over_at desc limit ?) p
				left join aftercare_check_in c on c.plan_id = p.id
				order by p.handed_over_at desc, p.id, c.sent_at desc""", row -> {
			Plan plan = plans.get(row.getLong(1));
			if (plan == null) {
				Timestamp read = row.getTimestamp(5);
				java.sql.Date followUp = row.getDate(6);
				plan = new Plan(row.getLong(2), this.time.date(row.getTimestamp(3).toInstant()), row.getString(4),
						(read != null) ? this.time.dateTime(read.toInstant()) : null,
						(followUp != null) ? DAY.format(followUp.toLocalDate()) : null, new ArrayList<>());
				plans.put(row.getLong(1), plan);
			}
			Timestamp sent = row.getTimestamp(7);
			if (sent != null) {
				plan.checkIns().add(new CheckIn(this.time.dateTime(sent.toInstant()), row.getInt(8), row.getString(9)));
			}
		}, clientId, count);
		return List.copyOf(plans.values());
	}

}
