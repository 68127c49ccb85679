package com.holdspace.web;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import com.holdspace.TestClock;

/**
 * What a person, a broken script or an attacker may type into any field: numbers far out of range,
 * dates no clinic uses, choices that do not exist, markup, SQL, long and non-Latin text. Drawn from
 * a seeded {@link Random}, so a run that finds something can be repeated with its seed.
 */
final class HostileValues {

	private static final List<String> ENUM_NAMES = List.of("ADMIN", "CLIENT", "THERAPIST", "FRONT_DESK", "LIGHT", "FIRM",
			"AVOID", "OK", "MONDAY", "SUNDAY", "EMAIL", "NOWHERE", "CHEST", "VIEW", "EDIT", "WEEKLY");

	private final Random random;

	private final List<String> known;

	HostileValues(Random random) {
		this.random = random;
		LocalDate today = TestClock.today();
		this.known = List.of("9999-12-31", "0000-00-00", "-1", "0", "1", "99999", "", " ", "2147483647", "2147483648",
				"-2147483649", "9223372036854775807", "9223372036854775808", "-9223372036854775809", "1e309", "NaN", "-0",
				"0x1F", "1,5", "null", "undefined", "true", "false", "on", "CRUSHING", "crushing", " LIGHT ",
				"<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "' OR '1'='1", "'; drop table client; --",
				"1; select pg_sleep(5)", "../../etc/passwd", "%00", "{{7*7}}", "${7*7}", "__${T(java.lang.Runtime)}__::x",
				"1899-12-31", "1900-01-01", "2025-02-29", "2024-02-30", "+10000-01-01", "10000-01-01", "2024-13-01",
				"2024-1-5", "31/12/2024", "24:00", "25:61", "23:59:60", "9:5", "\u0661\u0662\u0663", "\uD83D\uDE00",
				"\u202Eevil", "Zoë O’Brien-Łukasz 李", "a".repeat(10_000), "\u00E4".repeat(3_000),
				today.plusYears(100).toString(), today.plusYears(100).plusDays(1).toString(), today.toString(),
				today.minusDays(1).toString());
	}

	/** Any of the kinds below, the values a review tries first the most often. */
	String any() {
		int kind = this.random.nextInt(12);
		if (kind < 4) {
			return known();
		}
		if (kind < 6) {
			return number();
		}
		if (kind < 8) {
			return date();
		}
		if (kind < 9) {
			return time();
		}
		if (kind < 11) {
			return text();
		}
		return enumName();
	}

	/** The values a security review tries first, and the edges of the clinic's date range. */
	String known() {
		return this.known.get(this.random.nextInt(this.known.size()));
	}

	String number() {
		return switch (this.random.nextInt(4)) {
			case 0 -> String.valueOf(this.random.nextLong());
			case 1 -> String.valueOf(this.random.nextInt(204) - 3);
			case 2 -> new BigInteger(64 + this.random.nextInt(70), this.random).add(BigInteger.TEN.pow(19)).toString();
			default -> String.valueOf(Double.longBitsToDouble(this.random.nextLong()));
		};
	}

	/** Dates from before the common era to far beyond the year 9999, some not dates at all. */
	String date() {
		return String.format("%04d-%02d-%02d", this.random.nextInt(14_001) - 2_000, this.random.nextInt(14),
				this.random.nextInt(33));
	}

	String time() {
		return (this.random.nextInt(101) - 1) + ":" + (this.random.nextInt(101) - 1);
	}

	/**
	 * Any text: control characters too, and now and then thousands of characters. As a browser sends
	 * it, in UTF-8, so half of a surrogate pair arrives as a replacement character.
	 */
	String text() {
		boolean anyCharacter = this.random.nextBoolean();
		int length = anyCharacter ? this.random.nextInt(61) : 1 + this.random.nextInt(4_000);
		StringBuilder text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			text.append(anyCharacter ? (char) this.random.nextInt(0x10000)
					: (char) (0x20 + this.random.nextInt(0xFFFD - 0x20 + 1)));
		}
		return new String(text.toString().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
	}

	String enumName() {
		if (this.random.nextBoolean()) {
			return ENUM_NAMES.get(this.random.nextInt(ENUM_NAMES.size()));
		}
		StringBuilder name = new StringBuilder();
		int length = 1 + this.random.nextInt(20);
		for (int i = 0; i < length; i++) {
			int letter = this.random.nextInt(27);
			name.append((letter == 26) ? '_' : (char) ('A' + letter));
		}
		return name.toString();
	}

	/** Between one and {@code most} distinct items of a list, in a random order. */
	<T> List<T> someOf(List<T> items, int most) {
		List<T> shuffled = new java.util.ArrayList<>(items);
		java.util.Collections.shuffle(shuffled, this.random);
		return shuffled.subList(0, Math.min(shuffled.size(), 1 + this.random.nextInt(most)));
	}

	<T> T oneOf(List<T> items) {
		return items.get(this.random.nextInt(items.size()));
	}

}
