package com.holdspace.shared;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one form of an email address that Holdspace looks up, stores, throttles and audits. Without
 * one form, {@code adm\u0130n@} (a dotted capital I) was a fresh key for the sign-in limits yet
 * the same account to a case-insensitive lookup. Compatibility-composed (NFKC), trimmed and
 * lower-cased without the server's locale; an address is then compared by equality only.
 */
public final class Emails {

	private Emails() {
	}

	public static String normalise(String email) {
		if (email == null) {
			return "";
		}
		return Normalizer.normalize(email, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
	}

}
