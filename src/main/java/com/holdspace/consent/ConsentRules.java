package com.holdspace.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The status rules, pure: the newest written consent of a kind decides, unless a consent of that
 * kind, written or given aloud, was withdrawn since it was signed. Withdrawn beats expired,
 * expired beats outdated. Treatment consent lapses after the renewal period; provider consent on
 * the end date the client chose (that day still counts).
 */
final class ConsentRules {

	private ConsentRules() {
	}

	static ConsentStatus status(ConsentKind kind, List<SignedConsent> consents, Map<Long, Instant> withdrawals,
			int currentVersion, int renewalMonths, Instant now, ZoneId zone) {
		var newest = consents.stream()
			.filter(consent -> consent.getKind() == kind && consent.getMethod().isSigned())
			.max(Comparator.comparing(SignedConsent::getSignedAt));
		if (newest.isEmpty()) {
			return new ConsentStatus(kind, ConsentStatus.State.MISSING, null, null, currentVersion, null, null);
		}
		var consent = newest.get();
		LocalDate validUntil = validUntil(consent, renewalMonths, zone);
		ConsentStatus.State state;
		// a withdrawal is a withdrawal however the consent it names was given: withdrawing the
		// consent given aloud before a session withdraws consent until the client signs again
		Instant withdrawnAt = consents.stream()
			.filter(each -> each.getKind() == kind && withdrawals.containsKey(each.getId()))
			.map(each -> withdrawals.get(each.getId()))
			.filter(at -> !at.isBefore(consent.getSignedAt()))
			.max(Comparator.naturalOrder())
			.orElse(null);
		if (withdrawnAt != null) {
			state = ConsentStatus.State.WITHDRAWN;
		}
		else if (LocalDate.ofInstant(now, zone).isAfter(validUntil)) {
			state = ConsentStatus.State.EXPIRED;
		}
		else if (consent.getDocument().getNumber() < currentVersion) {
			state = ConsentStatus.State.OUTDATED;
		}
		else {
			state = ConsentStatus.State.SIGNED;
		}
		return new ConsentStatus(kind, state, consent.getDocument().getNumber(), consent.getSignedAt(), currentVersion,
				validUntil, withdrawnAt);
	}

	/** The last day the consent holds. */
	static LocalDate validUntil(SignedConsent consent, int renewalMonths, ZoneId zone) {
		if (consent.getKind() == ConsentKind.PROVIDER_COMMUNICATION && consent.getExpiresOn() != null) {
			return consent.getExpiresOn();
		}
		return LocalDate.ofInstant(consent.getSignedAt(), zone).plusMonths(renewalMonths).minusDays(1);
	}

}
