package com.holdspace.aftercare;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Whether what a client tells the portal after a session calls for someone to act now: the lowest
 * score, or words about harming themselves or not wanting to live. A false alarm costs a phone
 * call; a missed one can cost far more, so the words are matched generously.
 */
final class CheckInConcern {

	/** 1 of 5: "very bad". */
	static final int LOWEST = 1;

	private static final List<String> WORDS = List.of("hurt myself", "hurting myself", "harm myself", "harming myself",
			"self harm", "self-harm", "selfharm", "kill myself", "killing myself", "suicid", "end my life",
			"end it all", "ending it all", "take my life", "take my own life", "want to die", "wanna die",
			"better off dead", "not want to live", "don't want to live", "dont want to live", "do not want to be here",
			"don't want to be here", "dont want to be here", "no reason to live", "cut myself", "cutting myself",
			"overdose");

	private CheckInConcern() {
	}

	static boolean isUrgent(int feeling, String words) {
		return feeling <= LOWEST || mentionsHarm(words);
	}

	static boolean mentionsHarm(String words) {
		if (words == null || words.isBlank()) {
			return false;
		}
		String text = Normalizer.normalize(words, Normalizer.Form.NFKC)
			.toLowerCase(Locale.ROOT)
			.replace('\u2019', '\'')
			.replaceAll("\\s+", " ");
		return WORDS.stream().anyMatch(text::contains);
	}

}
