package com.holdspace.shared;

/**
 * Someone else saved the record after the form being submitted was loaded. It is a refusal like any
 * other, about the whole form, so a controller's one {@code catch (Refused)} shows it; the caller
 * keeps what was typed, and nothing is overwritten.
 */
public class StaleEditException extends Refused {

	/**
	 * {@code what} names the record as people say it; its message code is {@code stale.} and the
	 * name in lower camel case ("Session type" is {@code stale.sessionType}), so every module's
	 * stale edits read from one place in the messages. The id is not put in the message: the page
	 * already shows which record it is, and an argument would make every stale text a pattern.
	 */
	public StaleEditException(String what, Object id) {
		super(null, code(what));
	}

	static String code(String what) {
		StringBuilder code = new StringBuilder("stale.");
		String[] words = what.strip().split("\\s+");
		for (int i = 0; i < words.length; i++) {
			String word = words[i].toLowerCase(java.util.Locale.ROOT);
			code.append((i == 0) ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
		}
		return code.toString();
	}

}
