package com.holdspace.session;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.holdspace.shared.Refused;

/**
 * The notes written at the end of a session: how the client left, grounding, the SOAP notes and
 * what comes next. It knows what a record needs before it is signed, so the page that shows the
 * messages and the record that refuses the signature cannot disagree; PostgreSQL keeps the same
 * rule (V13) as the last guard.
 */
record SessionNotes(Boolean groundingDone, String grounding, Integer tensionAfter, Integer minutesOver,
		String subjective, String objective, String assessment, String plan, boolean counsellingSuggested,
		String referral, boolean contactProvider, LocalDate providerCheckInOn, VisitFrequency suggestedFrequency) {

	SessionNotes {
		// a check-in day only means something while the therapist is to contact the provider
		providerCheckInOn = contactProvider ? providerCheckInOn : null;
	}

	/** What is still missing before these notes can be signed on the given day, field by field; empty when nothing. */
	List<Refused.Reason> missingToSign(LocalDate today) {
		List<Refused.Reason> missing = new ArrayList<>();
		if (this.groundingDone == null) {
			missing.add(new Refused.Reason("groundingDone", "session.error.grounding"));
		}
		else if (!this.groundingDone && isBlank(this.grounding)) {
			missing.add(new Refused.Reason("grounding", "session.error.groundingWhyNot"));
		}
		if (this.tensionAfter == null) {
			missing.add(new Refused.Reason("tensionAfter", "session.error.tension"));
		}
		soap("subjective", this.subjective, missing);
		soap("objective", this.objective, missing);
		soap("assessment", this.assessment, missing);
		soap("plan", this.plan, missing);
		if (this.contactProvider && this.providerCheckInOn == null) {
			missing.add(new Refused.Reason("providerCheckInOn", "session.error.providerCheckInOn"));
		}
		else if (this.contactProvider && this.providerCheckInOn.isBefore(today)) {
			missing.add(new Refused.Reason("providerCheckInOn", "session.error.providerCheckInPast"));
		}
		return missing;
	}

	private static void soap(String field, String text, List<Refused.Reason> missing) {
		if (isBlank(text)) {
			missing.add(new Refused.Reason(field, "session.error.soap"));
		}
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

}
