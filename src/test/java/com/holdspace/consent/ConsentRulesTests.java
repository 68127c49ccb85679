package com.holdspace.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import com.holdspace.consent.ConsentStatus.State;

@Tag("fast")
class ConsentRulesTests {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private static final Instant SIGNED = Instant.parse("2026-01-15T10:00:00Z");

	@Test
	void nothingSignedIsMissing() {
		assertThat(status(ConsentKind.TREATMENT, List.of(), Map.of(), 1, SIGNED).state()).isEqualTo(State.MISSING);
	}

	@Test
	void verbalConsentAloneIsNotAWrittenSignature() {
		var verbal = consent(1L, ConsentKind.TREATMENT, 1, ConsentMethod.VERBAL, SIGNED, null);

		assertThat(status(ConsentKind.TREATMENT, List.of(verbal), Map.of(), 1, SIGNED).state()).isEqualTo(State.MISSING);
	}

	@Test
	void signedToTheCurrentTextIsSigned() {
		var signed = consent(1L, ConsentKind.TREATMENT, 2, ConsentMethod.WRITTEN, SIGNED, null);

		var status = status(ConsentKind.TREATMENT, List.of(signed), Map.of(), 2, SIGNED.plusSeconds(60));

		assertThat(status.state()).isEqualTo(State.SIGNED);
		assertThat(status.signedVersion()).isEqualTo(2);
		assertThat(status.isValid()).isTrue();
	}

	@Test
	void signedAtHomeIsASignatureAsOnTheTabletAndTheNewerOfTheTwoCounts() {
		var onTheTablet = consent(1L, ConsentKind.TREATMENT, 1, ConsentMethod.WRITTEN, SIGNED, null);
		var atHome = consent(2L, ConsentKind.TREATMENT, 2, ConsentMethod.SIGNED_REMOTELY, SIGNED.plusSeconds(3600),
				null);

		var status = status(ConsentKind.TREATMENT, List.of(onTheTablet, atHome), Map.of(), 2, SIGNED.plusSeconds(7200));

		assertThat(status.state()).isEqualTo(State.SIGNED);
		assertThat(status.signedVersion()).isEqualTo(2);
		assertThat(ConsentMethod.SIGNED_REMOTELY.isSigned()).isTrue();
		assertThat(ConsentMethod.VERBAL.isSigned()).isFalse();
	}

	@Test
	void aNewerTextMakesItOutdatedButStillValid() {
		var signed = consent(1L, ConsentKind.TREATMENT, 1, ConsentMethod.WRITTEN, SIGNED, null);

		var status = status(ConsentKind.TREATMENT, List.of(signed), Map.of(), 2, SIGNED.plusSeconds(60));

		assertThat(status.state()).isEqualTo(State.OUTDATED);
		assertThat(status.isValid()).isTrue();
	}

	@Test
	void treatmentConsentHoldsUntilTheDayBeforeTheRenewalAnniversary() {
		var signed = consent(1L, ConsentKind.TREATMENT, 1, ConsentMethod.WRITTEN, SIGNED, null);

		var lastDay = status(ConsentKind.TREATMENT, List.of(signed), Map.of(), 1, Instant.parse("2027-01-14T22:00:00Z"));
		var renewalDay = status(ConsentKind.TREATMENT, List.of(signed), Map.of(), 1, Instant.parse("2027-01-15T09:00:00Z"));

		assertThat(lastDay.state()).isEqualTo(State.SIGNED);
		assertThat(lastDay.validUntil()).isEqualTo(LocalDate.of(2027, 1, 14));
		assertThat(renewalDay.state()).isEqualTo(State.EXPIRED);
		assertThat(renewalDay.isValid()).isFalse();
	}

	@Test
	void daysAreTheClinicsDaysInSummerTimeToo() {
		// 23:30 UTC on 30 June is already 1 July in London
		var signed = consent(1L, ConsentKind.TREATMENT, 1, ConsentMethod.WRITTEN, Instant.parse("2026-06-30T23:30:00Z"),
				null);

		var lastEvening = status(ConsentKind.TREATMENT, List.of(signed), Map.of(), 1,
				Instant.parse("2027-06-30T22:30:00Z"));
		var pastMidnight = status(ConsentKind.TREATMENT, List.of(signed), Map.of(), 1,
				Instant.parse("2027-06-30T23:30:00Z"));

		assertThat(lastEvening.validUntil()).isEqualTo(LocalDate.of(2027, 6, 30));
		assertThat(lastEvening.state()).isEqualTo(State.SIGNED);
		assertThat(pastMidnight.state()).isEqualTo(State.EXPIRED);
	}

	@Test
	void theRenewalPeriodIsTheClinicsSetting() {
		var signed = consent(1L, ConsentKind.TREATMENT, 1, ConsentMethod.WRITTEN, SIGNED, null);

		var status = ConsentRules.status(ConsentKind.TREATMENT, List.of(signed), Map.of(), 1, 6,
				Instant.parse("2026-07-15T09:00:00Z"), LONDON);

		assertThat(status.state()).isEqualTo(State.EXPIRED);
	}

	@Test
	void providerConsentEndsOnTheDateTheClientChose() {
		var signed = consent(1L, ConsentKind.PROVIDER_COMMUNICATION, 1, ConsentMethod.WRITTEN, SIGNED,
				LocalDate.of(2026, 6, 30));

		var onTheDay = status(ConsentKind.PROVIDER_COMMUNICATION, List.of(signed), Map.of(), 1,
				Instant.parse("2026-06-30T20:00:00Z"));
		var dayAfter = status(ConsentKind.PROVIDER_COMMUNICATION, List.of(signed), Map.of(), 1,
				Instant.parse("2026-07-01T08:00:00Z"));

		assertThat(onTheDay.state()).isEqualTo(State.SIGNED);
		assertThat(dayAfter.state()).isEqualTo(State.EXPIRED);
	}

	@Test
	void withdrawalTakesEffectAtOnceAndOutranksEverythingElse() {
		var signed = consent(7L, ConsentKind.TREATMENT, 1, ConsentMethod.WRITTEN, SIGNED, null);
		Instant withdrawnAt = SIGNED.plusSeconds(3600);

		var status = status(ConsentKind.TREATMENT, List.of(signed), Map.of(7L, withdrawnAt), 2,
				Instant.parse("2028-01-01T00:00:00Z"));

		assertThat(status.state()).isEqualTo(State.WITHDRAWN);
		assertThat(status.withdrawnAt()).isEqualTo(withdrawnAt);
	}

	@Test
	void signingAgainAfterAWithdrawalCountsTheNewSignature() {
		var first = consent(1L, ConsentKind.TREATMENT, 1, ConsentMethod.WRITTEN, SIGNED, null);
		var second = consent(2L, ConsentKind.TREATMENT, 1, ConsentMethod.WRITTEN, SIGNED.plusSeconds(86_400), null);

		var status = status(ConsentKind.TREATMENT, List.of(first, second), Map.of(1L, SIGNED.plusSeconds(60)), 1,
				SIGNED.plusSeconds(90_000));

		assertThat(status.state()).isEqualTo(State.SIGNED);
	}

	@Test
	void eachKindIsJudgedOnItsOwnSignatures() {
		var provider = consent(1L, ConsentKind.PROVIDER_COMMUNICATION, 1, ConsentMethod.WRITTEN, SIGNED,
				LocalDate.of(2026, 12, 31));

		assertThat(status(ConsentKind.TREATMENT, List.of(provider), Map.of(), 1, SIGNED).state()).isEqualTo(State.MISSING);
	}

	private static ConsentStatus status(ConsentKind kind, List<SignedConsent> consents, Map<Long, Instant> withdrawn,
			int currentVersion, Instant now) {
		return ConsentRules.status(kind, consents, withdrawn, currentVersion, 12, now, LONDON);
	}

	static SignedConsent consent(long id, ConsentKind kind, int version, ConsentMethod method, Instant signedAt,
			LocalDate expiresOn) {
		var document = new ConsentDocumentVersion(kind, version, "Title", "Text", 1L, signedAt);
		var terms = (expiresOn != null) ? new ProviderTerms("Dr Rao", "rao@example.org", "Progress", expiresOn) : null;
		var consent = new SignedConsent(42L, document, method, "Zoë", method == ConsentMethod.WRITTEN ? "[[[1,1],[2,2]]]" : null,
				1L, "Maya", signedAt, terms, UUID.randomUUID());
		ReflectionTestUtils.setField(consent, "id", id);
		return consent;
	}

}
