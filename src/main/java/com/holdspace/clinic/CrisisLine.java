package com.holdspace.clinic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.modulith.NamedInterface;

/**
 * One line of the clinic's crisis contacts, with its number as a link a phone can call (or text,
 * where the line says to text it), so a client in distress taps once instead of copying digits.
 *
 * @param before the words before the number, or the whole line when it has none
 * @param number the number as written, or null
 * @param href {@code tel:} or {@code sms:} and the digits, or null
 * @param after the words after the number
 */
@NamedInterface("api")
public record CrisisLine(String before, String number, String href, String after) {

	/** How a number is reached: a call, or a text message for a line that says to text it. */
	public enum Reach {

		CALL("tel:"), TEXT("sms:");

		private final String scheme;

		Reach(String scheme) {
			this.scheme = scheme;
		}

	}

	private static final Pattern NUMBER = Pattern.compile("(?<![\\w+])\\+?\\d[\\d ]{1,14}\\d(?!\\w)");

	/** The words that say how to reach a number; the last of them before it decides. */
	private static final Pattern HOW = Pattern.compile("\\b(?:(text|sms)|call|phone|ring|dial)\\b");

	/** The contacts as an admin wrote them, a line each, numbers made into links. */
	public static List<CrisisLine> of(String contacts) {
		List<CrisisLine> lines = new ArrayList<>();
		if (contacts == null) {
			return lines;
		}
		for (String line : contacts.split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			Matcher number = NUMBER.matcher(line);
			if (!number.find()) {
				lines.add(new CrisisLine(line.strip(), null, null, ""));
				continue;
			}
			String before = line.substring(0, number.start());
			Reach reach = reach(before);
			lines.add(new CrisisLine(before.stripLeading(), number.group(),
					reach.scheme + number.group().replaceAll("[^+\\d]", ""), line.substring(number.end()).stripTrailing()));
		}
		return lines;
	}

	/**
	 * "Shout: text SHOUT to 85258" is a text line; "We text back, or call 0300 123 4567" is a call:
	 * the last word before the number that says how to reach it decides, and a call when none does.
	 */
	private static Reach reach(String before) {
		Matcher how = HOW.matcher(before.toLowerCase(Locale.ROOT));
		Reach reach = Reach.CALL;
		while (how.find()) {
			reach = (how.group(1) != null) ? Reach.TEXT : Reach.CALL;
		}
		return reach;
	}

	/** How this line's number is reached, or null for a line without one. */
	public Reach reach() {
		if (this.href == null) {
			return null;
		}
		return this.href.startsWith(Reach.TEXT.scheme) ? Reach.TEXT : Reach.CALL;
	}

}
