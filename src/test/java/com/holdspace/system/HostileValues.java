package com.holdspace.system;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import com.holdspace.TestClock;

/**
 * What a person, a broken script or an attacker may type into any field: numbers far out of range,
 * dates no clinic uses, choices that do not exist, markup, SQL, long and non-Latin text.
 */
final class HostileValues {

	private HostileValues() {
	}

	static Arbitrary<String> any() {
		return Arbitraries.frequencyOf(Tuple.of(4, known()), Tuple.of(2, numbers()), Tuple.of(2, dates()),
				Tuple.of(1, times()), Tuple.of(2, text()), Tuple.of(1, enumNames()));
	}

	/** The values a security review tries first, and the edges of the clinic's date range. */
	static Arbitrary<String> known() {
		LocalDate today = TestClock.today();
		return Arbitraries.of(List.of("9999-12-31", "0000-00-00", "-1", "0", "1", "99999", "", " ", "2147483647",
				"2147483648", "-2147483649", "9223372036854775807", "9223372036854775808", "-9223372036854775809",
				"1e309", "NaN", "-0", "0x1F", "1,5", "null", "undefined", "true", "false", "on", "CRUSHING", "crushing",
				" LIGHT ", "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "' OR '1'='1",
				"'; drop table client; --", "1; select pg_sleep(5)", "../../etc/passwd", "%00", "{{7*7}}", "${7*7}",
				"__${T(java.lang.Runtime)}__::x", "1899-12-31", "1900-01-01", "2025-02-29", "2024-02-30",
				"+10000-01-01", "10000-01-01", "2024-13-01", "2024-1-5", "31/12/2024", "24:00", "25:61", "23:59:60",
				"9:5", "\u0661\u0662\u0663", "\uD83D\uDE00", "\u202Eevil", "Zoë O’Brien-Łukasz 李", "a".repeat(10_000),
				"\u00E4".repeat(3_000), today.plusYears(100).toString(), today.plusYears(100).plusDays(1).toString(),
				today.toString(), today.minusDays(1).toString()));
	}

	static Arbitrary<String> numbers() {
		return Arbitraries.oneOf(Arbitraries.longs().map(String::valueOf),
				Arbitraries.integers().between(-3, 200).map(String::valueOf),
				Arbitraries.bigIntegers().between(BigInteger.TEN.pow(19), BigInteger.TEN.pow(40))
					.map(String::valueOf),
				Arbitraries.doubles().map(String::valueOf));
	}

	/** Dates from before the common era to far beyond the year 9999, some not dates at all. */
	static Arbitrary<String> dates() {
		return Combinators
			.combine(Arbitraries.integers().between(-2000, 12000), Arbitraries.integers().between(0, 13),
					Arbitraries.integers().between(0, 32))
			.as((year, month, day) -> String.format("%04d-%02d-%02d", year, month, day));
	}

	static Arbitrary<String> times() {
		return Combinators
			.combine(Arbitraries.integers().between(-1, 99), Arbitraries.integers().between(-1, 99))
			.as((hour, minute) -> hour + ":" + minute);
	}

	/**
	 * Any text: control characters too, and now and then thousands of characters. As a browser sends
	 * it, in UTF-8, so half of a surrogate pair arrives as a replacement character.
	 */
	static Arbitrary<String> text() {
		return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(60),
				Arbitraries.strings().withCharRange('\u0020', '\uFFFD').ofMinLength(1).ofMaxLength(4_000))
			.map(text -> new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
	}

	static Arbitrary<String> enumNames() {
		return Arbitraries.oneOf(Arbitraries.strings().withCharRange('A', 'Z').withChars('_').ofMinLength(1).ofMaxLength(20),
				Arbitraries.of("ADMIN", "CLIENT", "THERAPIST", "FRONT_DESK", "LIGHT", "FIRM", "AVOID", "OK",
						"MONDAY", "SUNDAY", "EMAIL", "NOWHERE", "CHEST", "VIEW", "EDIT", "WEEKLY"));
	}

}
