package com.holdspace.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;
import com.holdspace.SignedIn;
import com.holdspace.TestClock;
import com.holdspace.booking.BookingFixtures;
import com.holdspace.intake.IntakeService;
import com.holdspace.session.SessionFixtures;
import com.holdspace.staff.Role;
import com.holdspace.web.BadInputTargets.Target;
import com.holdspace.web.BadInputTargets.Who;

/**
 * Random and extreme values ({@link HostileValues}) at every field of every staff, desk and admin
 * form and query ({@link BadInputTargets}): none answers 500, and an intake autosave that answers
 * "saved" kept exactly what was sent, or else named the field it could not keep. The values come
 * from a seeded generator: the seed is printed, and {@code -Dholdspace.bad-input.seed=} repeats a run.
 */
@IntegrationTest
class BadInputPropertyTests {

	/** Enough for each form to see every kind of value a few times, in well under a minute. */
	private static final int TRIES = 300;

	private static final Set<String> YES = Set.of("true", "on", "yes", "1");

	private static final Set<String> NO = Set.of("false", "off", "no", "0");

	private static final Pattern NAMED_FIELD = Pattern.compile("\"field\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

	private final AtomicInteger tried = new AtomicInteger();

	private final List<String> serverErrors = Collections.synchronizedList(new ArrayList<>());

	private final List<String> dropped = Collections.synchronizedList(new ArrayList<>());

	private World world;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	BookingFixtures bookings;

	@Autowired
	SessionFixtures sessions;

	@Autowired
	UserDetailsService users;

	@Autowired
	IntakeService intakes;

	@Autowired
	JdbcTemplate jdbc;

	/** The records every request points at, made once for the run; the clinic's settings as they were. */
	record World(Map<String, String> ids, Map<Who, UserDetails> people, Runnable restore) {
	}

	@Test
	void noFormOrQueryAnswers500AndNoAutosaveDropsAValue() throws Exception {
		long seed = Long.getLong("holdspace.bad-input.seed", System.nanoTime());
		HostileValues values = new HostileValues(new java.util.Random(seed));
		List<Target> targets = BadInputTargets.all(TestClock.today().plusDays(7).toString());
		this.world = makeWorld();
		try {
			for (int tryNumber = 0; tryNumber < TRIES; tryNumber++) {
				tryOnce(probe(values, values.oneOf(targets)));
			}
		}
		finally {
			this.world.restore().run();
			System.out.printf("Bad input (seed %d): %d random requests, %d answered 500, %d values dropped while saved%n",
					seed, this.tried.get(), this.serverErrors.size(), this.dropped.size());
		}
		assertThat(this.serverErrors).as("requests answered 500 (seed %d)", seed).isEmpty();
		assertThat(this.dropped).as("values an autosave dropped while answering saved (seed %d)", seed).isEmpty();
	}

	private void tryOnce(Probe probe) throws Exception {
		this.tried.incrementAndGet();
		MockHttpServletResponse response;
		try {
			response = this.mvc.perform(request(probe)).andReturn().getResponse();
		}
		catch (Exception unhandled) {
			this.serverErrors.add(probe + " -> " + unhandled);
			return;
		}
		if (response.getStatus() >= 500) {
			this.serverErrors.add(probe + " -> " + response.getStatus());
		}
		if (probe.target().intakeAutosave()) {
			this.dropped.addAll(dropped(probe, response));
		}
	}

	/** A target, one to three of its fields given hostile values, and a hostile value for its address. */
	private static Probe probe(HostileValues values, Target target) {
		Map<String, String> sent = new LinkedHashMap<>();
		if (!target.fields().isEmpty()) {
			values.someOf(target.fields(), 3).forEach(field -> sent.put(field, values.any()));
		}
		return new Probe(target, sent, values.any());
	}

	/** One request: a target, the fields given hostile values, and the value for an address's {fuzz}. */
	record Probe(Target target, Map<String, String> hostile, String inAddress) {

		@Override
		public String toString() {
			return this.target.method() + " " + this.target.address() + " " + shorten(this.hostile.toString())
					+ (this.target.fuzzesAddress() ? " address=" + shorten(this.inAddress) : "");
		}

		private static String shorten(String text) {
			return (text.length() > 160) ? text.substring(0, 160) + "...(" + text.length() + " chars)" : text;
		}

	}

	private MockHttpServletRequestBuilder request(Probe probe) {
		Target target = probe.target();
		List<Object> variables = new ArrayList<>();
		Matcher names = Pattern.compile("\\{(\\w+)}").matcher(target.address());
		while (names.find()) {
			variables.add("fuzz".equals(names.group(1)) ? probe.inAddress() : value("{" + names.group(1) + "}"));
		}
		String template = target.address().replaceAll("\\{\\w+}", "{v}");
		MockHttpServletRequestBuilder request = (target.method() == HttpMethod.GET)
				? MockMvcRequestBuilders.get(template, variables.toArray())
				: MockMvcRequestBuilders.post(template, variables.toArray()).with(csrf());
		Map<String, String> params = new LinkedHashMap<>();
		target.base().forEach((name, value) -> params.put(name, value(value)));
		params.putAll(probe.hostile());
		params.forEach(request::param);
		return request.with(SignedIn.user(this.world.people().get(target.who())));
	}

	/** A placeholder of a target's valid request, made real: a record of the run, or a fresh token. */
	private String value(String placeholder) {
		return switch (placeholder) {
			case "{token}" -> UUID.randomUUID().toString();
			case "{name}" -> "Fuzz " + UUID.randomUUID().toString().substring(0, 8);
			case "{email}" -> Fixtures.uniqueEmail("fuzz");
			default -> this.world.ids().getOrDefault(placeholder.replaceAll("[{}]", ""), placeholder);
		};
	}

	/**
	 * The fields an intake autosave dropped: after "saved", each sent value must read back the same;
	 * after a refusal, nothing was saved, and a JSON answer names a field it could not keep.
	 */
	private List<String> dropped(Probe probe, MockHttpServletResponse response) throws Exception {
		List<String> dropped = new ArrayList<>();
		if (response.getStatus() != 200) {
			String body = response.getContentAsString();
			boolean json = String.valueOf(response.getContentType()).contains("json");
			if (json && !namesAField(body, probe.hostile().keySet())) {
				dropped.add(probe + " -> " + response.getStatus() + " without naming a field: " + body);
			}
			return dropped;
		}
		var stored = new BeanWrapperImpl(this.intakes.workingCopy(Long.parseLong(this.world.ids().get("client"))));
		probe.hostile().forEach((field, sent) -> {
			if (!BadInputTargets.INTAKE_FIELDS.contains(field)) {
				return;
			}
			Object kept = stored.getPropertyValue(field);
			if (!same(sent, kept)) {
				dropped.add(probe + " -> saved, but " + field + " reads " + shortened(kept));
			}
		});
		return dropped;
	}

	private static boolean namesAField(String body, Collection<String> sent) {
		Matcher named = NAMED_FIELD.matcher(body);
		while (named.find()) {
			if (sent.contains(named.group(1))) {
				return true;
			}
		}
		return false;
	}

	/** As the binder reads a value: trimmed text, empty as nothing, yes and no in their forms. */
	private static boolean same(String sent, Object kept) {
		String typed = sent.strip();
		if (typed.isEmpty()) {
			return kept == null || (kept instanceof Collection<?> none && none.isEmpty());
		}
		if (kept instanceof Boolean flag) {
			return (flag ? YES : NO).contains(typed.toLowerCase());
		}
		if (kept instanceof Collection<?> values) {
			return values.stream()
				.map(String::valueOf)
				.collect(Collectors.toSet())
				.equals(Stream.of(typed.split(",")).map(String::strip).collect(Collectors.toSet()));
		}
		return kept != null && typed.equals(String.valueOf(kept));
	}

	private static String shortened(Object value) {
		String text = String.valueOf(value);
		return (text.length() > 80) ? text.substring(0, 80) + "..." : text;
	}

	private World makeWorld() throws Exception {
		Map<String, String> ids = new LinkedHashMap<>();
		long therapist = this.bookings.therapist();
		ids.put("therapist", String.valueOf(therapist));
		ids.put("room", String.valueOf(this.bookings.room()));
		ids.put("type", String.valueOf(this.bookings.standard()));
		ids.put("ownType", String.valueOf(this.bookings.talkOnly()));
		long client = this.fixtures.client("Fuzz Client");
		ids.put("client", String.valueOf(client));
		ids.put("otherClient", String.valueOf(this.fixtures.client("Fuzz Other Client")));
		ids.put("booking", String.valueOf(this.bookings
			.book(client, this.bookings.standard(), therapist, null, this.bookings.at(2, DayOfWeek.TUESDAY, 10, 0))
			.id()));
		ids.put("staff", String.valueOf(this.fixtures.staffId(this.fixtures.staffMember(Role.FRONT_DESK))));
		ids.put("site", String.valueOf(this.jdbc.queryForObject(
				"insert into site (name) values (?) returning id", Long.class, "Fuzz Site " + UUID.randomUUID())));
		Map<Who, UserDetails> people = new LinkedHashMap<>();
		people.put(Who.DESK, login(this.fixtures.staffMember(Role.FRONT_DESK)));
		people.put(Who.ADMIN, login(this.fixtures.staffMember(Role.ADMIN)));
		var setting = this.sessions.readyClientBooked();
		people.put(Who.THERAPIST, login(setting.therapistLogin()));
		this.sessions.onTheDay(setting);
		String record = this.mvc.perform(MockMvcRequestBuilders.post("/sessions")
			.with(SignedIn.user(people.get(Who.THERAPIST)))
			.with(csrf())
			.param("bookingId", String.valueOf(setting.bookingId()))
			.param("token", UUID.randomUUID().toString())).andReturn().getResponse().getRedirectedUrl();
		assertThat(record).as("the session whose notes autosave").matches("/sessions/\\d+");
		ids.put("session", record.substring("/sessions/".length()));
		List<Map<String, Object>> settings = this.jdbc.queryForList("select key, value, version from clinic_setting");
		JdbcTemplate jdbc = this.jdbc;
		return new World(ids, people, () -> {
			new TestClock().reset();
			// what a random value saved into the clinic's settings is put back for the tests after
			settings.forEach(row -> jdbc.update("update clinic_setting set value = ?, version = ? where key = ?",
					row.get("value"), row.get("version"), row.get("key")));
		});
	}

	private UserDetails login(String email) {
		return this.users.loadUserByUsername(email);
	}

}
