package com.holdspace.seed;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.holdspace.staff.SecondFactor;
import com.holdspace.shared.ClinicTime;
import com.holdspace.shared.FieldCipher;

/**
 * Fills a database with a synthetic clinic, or a chain of them, for measuring Holdspace at size.
 * Scale 1 is one clinic (a site): 8 therapists, 4 rooms, 3,000 clients with intakes and consents, 60,000
 * bookings over about seven years, 50,000 signed session records with four entries each and an
 * aftercare plan. Scale 100 is a chain a hundred times that, with a hundred sites of four rooms and
 * eight therapists each.
 * <p>
 * Every table is filled by one set-based statement, never row by row: PostgreSQL generates the
 * rows. The clinical texts are real ciphertexts (a few dozen distinct ones, each encrypted once,
 * handed out in turn), so pages decrypt as they would in a clinic. The seed connects as the owner of
 * the tables (Flyway's credentials) and switches their own triggers off inside its one transaction
 * (they are on again when it commits): the records arrive already signed and handed over, as years
 * of use would leave them, which the record locks would otherwise refuse.
 */
@Component
public class SyntheticClinic {

	private static final Logger log = LoggerFactory.getLogger(SyntheticClinic.class);

	/** Every seeded staff login signs in with this password and this authenticator key. */
	public static final String PASSWORD = "holdspace-bench";

	public static final String AUTHENTICATOR_KEY = "HOLDSPACEBENCHKEYHOLDSPACEBENCHK";

	static final String DOMAIN = "@bench.holdspace";

	private static final String[] FIRST = { "Ada", "Bea", "Cai", "Dara", "Eli", "Fern", "Gus", "Hana", "Ines", "Jonah",
			"Kaia", "Leo", "Mira", "Nils", "Orla", "Pia", "Quin", "Rosa", "Sami", "Tove", "Uma", "Vik", "Wren", "Yara",
			"Zoë", "Anaïs", "Björn", "Chloé", "Dafydd", "Émile" };

	private static final String[] LAST = { "Ångström", "Baker", "Costa", "Dubois", "Evans", "Fischer", "García",
			"Hughes", "Iqbal", "Jones", "Khan", "Lefèvre", "Müller", "Nowak", "O'Brien", "Patel", "Quinn", "Rossi",
			"Singh", "Tanaka", "Usman", "Varga", "Walsh", "Xu", "Young", "Zielińska" };

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final PasswordEncoder passwords;

	private final ClinicTime clinicTime;

	SyntheticClinic(Flyway flyway, PasswordEncoder passwords, ClinicTime clinicTime) {
		DataSource owner = flyway.getConfiguration().getDataSource();
		this.jdbc = new JdbcTemplate(owner);
		this.transactions = new TransactionTemplate(new DataSourceTransactionManager(owner));
		this.passwords = passwords;
		this.clinicTime = clinicTime;
	}

	/**
	 * Runs a seeding statement with {now} and {today} read from the clinic's clock rather than the
	 * database server's, so bookings fall before and after the moment the application lives in.
	 */
	private int update(String sql, Object... args) {
		Instant now = this.clinicTime.clock().instant();
		String clocked = sql.replace("{now}", "timestamptz '" + now + "'")
			.replace("{today}", "date '" + this.clinicTime.day(now) + "'");
		return this.jdbc.update(clocked, args);
	}

	/** How many of each a scale gives; a fraction of a clinic is allowed, for tests. */
	public record Size(int sites, int therapists, int rooms, int clients, int bookings, int sessions) {

		public static Size of(double scale) {
			int rooms = Math.max(1, (int) Math.round(4 * scale));
			int clients = Math.max(10, (int) Math.round(3000 * scale));
			int bookings = Math.max(30, (int) Math.round(60000 * scale));
			int sessions = Math.min(bookings * 5 / 6, Math.max(20, (int) Math.round(50000 * scale)));
			return new Size((rooms + 3) / 4, 2 * rooms, rooms, clients, bookings, sessions);
		}

		/** Three sessions a day for each therapist, mornings or afternoons, so rooms are shared, never doubled. */
		int days() {
			return (int) Math.ceil(this.bookings / (3.0 * this.therapists));
		}

		/** Up to a month is still to come; the rest is the clinic's past. */
		int futureDays() {
			return Math.min(30, Math.max(1, days() / 20));
		}

	}

	/** Seeds one clinic or a chain; refuses a database that already holds a seeded clinic. */
	public Size seed(double scale) {
		Size size = Size.of(scale);
		Integer seeded = this.jdbc.queryForObject("select count(*) from account where email like ?", Integer.class,
				"%" + DOMAIN);
		if (seeded != null && seeded > 0) {
			throw new IllegalStateException("This database already holds a synthetic clinic");
		}
		long began = System.nanoTime();
		String hash = this.passwords.encode(PASSWORD);
		String totp = FieldCipher.get().encrypt(AUTHENTICATOR_KEY, SecondFactor.SECRET_PURPOSE);
		this.transactions.executeWithoutResult(status -> {
			List<String> tables = this.jdbc.queryForList(
					"select quote_ident(tablename) from pg_tables where schemaname = current_schema()", String.class);
			tables.forEach(table -> this.jdbc.execute("alter table " + table + " disable trigger user"));
			step("staff and rooms", () -> staffAndRooms(size, hash, totp));
			step("clients", () -> clients(size));
			step("intakes and consents", () -> intakesAndConsents(size));
			step("bookings", () -> bookings(size));
			step("session records", () -> sessions(size));
			step("entries and aftercare", () -> entriesAndAftercare());
			step("a client's portal login", () -> portalLogin(hash));
			tables.forEach(table -> this.jdbc.execute("alter table " + table + " enable trigger user"));
		});
		this.jdbc.execute("analyze");
		log.info("Seeded scale {}: {} in {} s", scale, size, Duration.ofNanos(System.nanoTime() - began).toSeconds());
		return size;
	}

	private void step(String what, Runnable work) {
		long began = System.nanoTime();
		work.run();
		log.info("Seeded {} in {} ms", what, Duration.ofNanos(System.nanoTime() - began).toMillis());
	}

	private void staffAndRooms(Size size, String hash, String totp) {
		update("insert into site (name) select 'Bench site ' || g from generate_series(1, ?) g", size.sites());
		update("""
				insert into room (name, active, creation_token)
				select 'Bench room ' || g, true, gen_random_uuid() from generate_series(1, ?) g""", size.rooms());
		// room k stands at site k / 4: each site has four rooms
		update("""
				update room r set site_id = s.id
				from (select id, row_number() over (order by id) - 1 as k from room where name like 'Bench room %') n
				join (select id, row_number() over (order by id) - 1 as k from site where name like 'Bench site %') s
				  on s.k = n.k / 4
				where r.id = n.id""");
		String firstSite = "(select min(id) from site where name like 'Bench site %')";
		update("""
				insert into account (email, display_name, password_hash, role, enabled, totp_secret, second_factor_since,
				    site_id)
				select 'therapist' || g || ?, 'Therapist ' || g, ?, 'THERAPIST', true, ?, {now}, %s
				from generate_series(1, ?) g""".formatted(firstSite), DOMAIN, hash, totp, size.therapists());
		// therapist k works in room k mod rooms (see bookings), so at that room's site
		update("""
				update account a set site_id = r.site_id
				from (select id, row_number() over (order by id) - 1 as k from account where email like 'therapist%' || ?) t
				join (select site_id, row_number() over (order by id) - 1 as k from room where name like 'Bench room %') r
				  on r.k = t.k % ?
				where a.id = t.id""", DOMAIN, size.rooms());
		for (String role : List.of("FRONT_DESK", "ADMIN")) {
			String name = role.toLowerCase(Locale.ROOT);
			update("""
					insert into account (email, display_name, password_hash, role, enabled, totp_secret, second_factor_since,
					    site_id)
					values (?, ?, ?, ?, true, ?, {now}, %s)""".formatted(firstSite), name.replace('_', '-') + DOMAIN,
					"Bench " + name.replace('_', ' '), hash, role, totp);
		}
		update("""
				insert into working_hours (therapist_id, day_of_week, starts, ends)
				select a.id, d, time '08:30', time '18:30'
				from account a cross join generate_series(1, 7) d
				where a.email like 'therapist%' || ?""", DOMAIN);
	}

	private void clients(Size size) {
		update("""
				insert into client (creation_token, legal_name, preferred_name, date_of_birth, phone, email,
				    preferred_contact, created_at, updated_at)
				select gen_random_uuid(),
				       (?::text[])[1 + g % ?] || ' ' || (?::text[])[1 + (g / 7) % ?] || ' ' || g,
				       case when g % 4 = 0 then (?::text[])[1 + (g / 3) % ?] end,
				       date '1950-01-01' + (g * 37 % 20000),
				       '+44 7700 ' || lpad((g % 1000000)::text, 6, '0'),
				       'client' || g || '@bench.example', 'EMAIL', {now} - interval '7 years', {now}
				from generate_series(1, ?) g""", FIRST, FIRST.length, LAST, LAST.length, FIRST, FIRST.length,
				size.clients());
		update("""
				insert into emergency_contact (client_id, position, name, relationship, phone)
				select c.id, 0, 'Contact of ' || c.id, 'Friend', '+44 7700 900000'
				from client c where c.email like 'client%@bench.example'""");
	}

	private void intakesAndConsents(Size size) {
		String[] answers = ciphertexts("intake_answers", 24,
				i -> "{\"triggersToAvoid\":\"Synthetic trigger note " + i + "\",\"medicalConditions\":\"None known ("
						+ i + ")\",\"stopSignal\":\"Raise a hand\",\"stopConditions\":\"If I feel dizzy\"}");
		update("""
				insert into intake_version (client_id, number, answers, extended_suggested, completion_token,
				    completed_by, completed_by_name, completed_at)
				select c.id, 1, (?::text[])[1 + c.id % ?], c.id % 5 = 0, gen_random_uuid(), t.id, t.display_name,
				       {now} - interval '6 years'
				from client c
				join lateral (select id, display_name from account
				              where email like 'therapist%' || ? order by id
				              offset (c.id % ?) limit 1) t on true
				where c.email like 'client%@bench.example'""", answers, answers.length, DOMAIN, size.therapists());
		update("""
				insert into signed_consent (client_id, document_version, method, signer_name, signature_strokes, witness_id,
				    witness_name, signed_at, content_sha256, signing_token, expires_on)
				select iv.client_id, d.id, 'WRITTEN', 'Signed by client ' || iv.client_id, '[]', iv.completed_by,
				       iv.completed_by_name, {now} - interval '30 days', encode(sha256(convert_to(d.body, 'UTF8')), 'hex'),
				       gen_random_uuid(), {today} + 335
				from intake_version iv
				join client c on c.id = iv.client_id and c.email like 'client%@bench.example'
				cross join lateral (select id, body from consent_document_version where kind = 'TREATMENT'
				                    order by number desc limit 1) d""");
	}

	private void bookings(Size size) {
		// therapist k works mornings (9:00, 10:30, 12:00) if k is below half, afternoons otherwise,
		// always in room k mod rooms: each room holds one morning and one afternoon therapist
		update("""
				with therapists as (
				    select id, row_number() over (order by id) - 1 as k from account
				    where email like 'therapist%' || ?),
				rooms as (
				    select id, row_number() over (order by id) - 1 as k from room where name like 'Bench room %'),
				slots as (
				    select t.id as therapist_id, r.id as room_id, d, s,
				           (({today} - ? + ? + d)::timestamp
				               + make_interval(mins => case when t.k < ? then 540 else 810 end + 90 * s))
				               at time zone 'Europe/London' as starts_at
				    from therapists t
				    join rooms r on r.k = t.k % ?
				    cross join generate_series(0, ? - 1) d
				    cross join generate_series(0, 2) s)
				insert into booking (client_id, therapist_id, room_id, session_type_id, starts_at, ends_at, free_at,
				    status, calendar_uid, creation_token, reminder_due_at, reminder_sent_at)
				select c.first + ((row_number() over (order by starts_at, therapist_id)) * 7919) % c.n,
				       therapist_id, room_id, 2, starts_at, starts_at + interval '60 minutes',
				       starts_at + interval '70 minutes',
				       case when starts_at < {now} then 'CHECKED_IN' else 'BOOKED' end,
				       gen_random_uuid(), gen_random_uuid(), starts_at - interval '24 hours',
				       case when starts_at < {now} then starts_at - interval '24 hours' end
				from slots
				cross join (select min(id) as first, count(*) as n from client
				            where email like 'client%@bench.example') c
				order by starts_at
				limit ?""", DOMAIN, size.days(), size.futureDays(), size.therapists() / 2, size.rooms(), size.days(),
				size.bookings());
	}

	private void sessions(Size size) {
		String[] notes = ciphertexts("session_record", 32, i -> "Synthetic session note " + i
				+ ": shoulders softened after myofascial work; client named tiredness, grounding done.");
		update("""
				insert into session_record (client_id, booking_id, therapist_id, therapist_name, creation_token,
				    started_at, booked_minutes, consent_reconfirmed_at, tension_before, arrival, alcohol_or_drugs_today,
				    new_flashbacks, harm_thoughts, checked_in_at, grounding_done, grounding, tension_after, minutes_over,
				    subjective, objective, assessment, plan, suggested_frequency, notes_saved_by_name, signed_at,
				    signed_by, signed_by_name, created_at, updated_at)
				select b.client_id, b.id, b.therapist_id, a.display_name, gen_random_uuid(), b.starts_at, 60,
				       b.starts_at, 3 + b.id % 7, n1, false, false, false, b.starts_at + interval '5 minutes', true, n2,
				       1 + b.id % 4, 0, n3, n4, n1, n2, 'FORTNIGHTLY', a.display_name, b.ends_at + interval '15 minutes',
				       b.therapist_id, a.display_name, b.starts_at, b.ends_at
				from (select * from booking where status = 'CHECKED_IN' and therapist_id in
				          (select id from account where email like 'therapist%' || ?)
				      order by starts_at desc limit ?) b
				join account a on a.id = b.therapist_id
				cross join lateral (select (?::text[])[1 + b.id % ?] as n1, (?::text[])[1 + (b.id + 1) % ?] as n2,
				                           (?::text[])[1 + (b.id + 2) % ?] as n3, (?::text[])[1 + (b.id + 3) % ?] as n4) t""",
				DOMAIN, size.sessions(), notes, notes.length, notes, notes.length, notes, notes.length, notes,
				notes.length);
	}

	private void entriesAndAftercare() {
		String[] words = ciphertexts("session_entry", 16, i -> "It feels like letting go (" + i + ")");
		update("""
				insert into session_entry (session_id, token, kind, occurred_at, region, technique, pressure, minutes,
				    event, action, words, recorded_by, recorded_by_name)
				select s.id, gen_random_uuid(), e.kind, s.started_at + make_interval(mins => e.minute),
				       case when e.kind = 'TOUCH' then 'UPPER_BACK' end,
				       case when e.kind = 'TOUCH' then 'MYOFASCIAL_RELEASE' end,
				       case when e.kind = 'TOUCH' then 'LIGHT' end,
				       case when e.kind = 'TOUCH' then 12 end,
				       case when e.kind = 'EVENT' then 'DEEP_BREATHING' end,
				       case when e.kind = 'RESPONSE' then 'GROUNDING' end,
				       case when e.kind = 'WORDS' then (?::text[])[1 + s.id % ?] end,
				       s.therapist_id, s.therapist_name
				from session_record s
				join booking b on b.id = s.booking_id and b.session_type_id = 2
				cross join (values ('TOUCH', 8), ('EVENT', 20), ('RESPONSE', 22), ('WORDS', 30)) e(kind, minute)
				where s.therapist_name like 'Therapist %'""", words, words.length);
		update("""
				insert into aftercare_plan (client_id, session_id, therapist_id, therapist_name, notes, follow_up_on,
				    counselling_suggested, watch_for, contact_lines, crisis_lines, handed_over_at, read_at,
				    created_at, updated_at)
				select s.client_id, s.id, s.therapist_id, s.therapist_name,
				       'Drink water, rest this evening, a short walk tomorrow.', (s.started_at + interval '7 days')::date,
				       false, 'Unusual tiredness or low mood for more than two days.', 'The clinic: 020 7946 0000',
				       'Samaritans: 116 123', s.signed_at, case when s.id % 3 = 0 then s.signed_at + interval '1 day' end,
				       s.signed_at, s.signed_at
				from session_record s
				where s.therapist_name like 'Therapist %'""");
	}

	private void portalLogin(String hash) {
		update("""
				insert into account (email, display_name, password_hash, role, enabled, client_id)
				select 'client' || ?, c.legal_name, ?, 'CLIENT', true, c.id
				from client c
				where c.id = (select a.client_id from aftercare_plan a join account t on t.id = a.therapist_id
				              where t.email like 'therapist%' || ? order by a.id desc limit 1)""", DOMAIN, hash,
				DOMAIN);
	}

	/** A few distinct texts, each encrypted once under the current key, for the rows to share. */
	private static String[] ciphertexts(String purpose, int count, IntFunction<String> text) {
		List<String> sealed = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			sealed.add(FieldCipher.get().encrypt(text.apply(i), purpose));
		}
		return sealed.toArray(String[]::new);
	}

}
