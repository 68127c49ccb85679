package com.holdspace.clinic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of the clinic's crisis contacts, with its number as a link a phone can call (or text,
 * where the line says to text it), so a client in distress taps once instead of copying digits.
 *
 * @param before the words before the number, or the whole line when it has none
 * @param number the number as written, or null
 * @param href {@code tel:} or {@code sms:} and the digits, or null
 * @param after the words after the number
 */
public record CrisisLine(String before, String number, String href, String after) {

	private static final Pattern NUMBER = Pattern.compile("(?<![\\w+])\\+?\\d[\\d ]{1,14}\\d(?!\\w)");

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
			String scheme = before.toLowerCase(Locale.ROOT).matches(".*\\btext\\b.*") ? "sms:" : "tel:";
			lines.add(new CrisisLine(before.stripLeading(), number.group(),
					scheme + number.group().replace(" ", ""), line.substring(number.end()).stripTrailing()));
		}
		return lines;
	}

}
