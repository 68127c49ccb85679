package com.holdspace.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;
import com.holdspace.TestClock;
import com.holdspace.consent.ConsentStatus.State;
import com.holdspace.staff.Role;

@IntegrationTest
@Transactional
class ConsentServiceTests {

	private static final String STROKES = "[[[10,10],[200,150],[400,90]],[[500,300],[700,100]]]";

	@Autowired
	ConsentService consentService;

	@Autowired
	ConsentPdf pdf;

	@Autowired
	Fixtures fixtures;

	private long clientId;

	private long therapistId;

	@BeforeEach
	void aClientAndATherapist() {
		this.clientId = this.fixtures.client("Zoë Ångström Þórsdóttir");
		this.therapistId = this.fixtures.staffId(this.fixtures.staffMember(Role.THERAPIST));
	}

	@Test
	void anEditedTextBecomesTheNextVersionAndTheOldOneStaysAsItWas() {
		var before = this.consentService.current(ConsentKind.TREATMENT);

		var after = this.consentService.revise(ConsentKind.TREATMENT, before.getTitle(), before.getBody() + "\nAdded.",
				before.getNumber(), this.therapistId);

		assertThat(after.getNumber()).isEqualTo(before.getNumber() + 1);
		assertThat(this.consentService.version(ConsentKind.TREATMENT, before.getNumber()).getBody())
			.isEqualTo(before.getBody());
	}

	@Test
	void anUnchangedTextMakesNoVersionAndAStaleEditIsRefused() {
		var current = this.consentService.current(ConsentKind.TREATMENT);

		var same = this.consentService.revise(ConsentKind.TREATMENT, current.getTitle(), current.getBody(),
				current.getNumber(), this.therapistId);

		assertThat(same.getNumber()).isEqualTo(current.getNumber());
		assertThatExceptionOfType(StaleTextException.class).isThrownBy(() -> this.consentService
			.revise(ConsentKind.TREATMENT, "T", "B", current.getNumber() - 1, this.therapistId));
	}

	@Test
	void aSignaturePointsAtTheExactVersionWithAHashOfTextAndSignature() {
		var version = this.consentService.current(ConsentKind.TREATMENT);

		var consent = sign(version.getId(), UUID.randomUUID());

		assertThat(consent.getDocument().getId()).isEqualTo(version.getId());
		assertThat(consent.getContentSha256()).hasSize(64).isEqualTo(ConsentHash.of(consent));
		assertThat(consent.getWitnessName()).isEqualTo("Maya Okafor");
		assertThat(this.consentService.status(this.clientId, ConsentKind.TREATMENT).state()).isEqualTo(State.SIGNED);
	}

	@Test
	void aDoubleTappedSignatureMakesOneRecord() {
		var token = UUID.randomUUID();
		long version = this.consentService.current(ConsentKind.TREATMENT).getId();

		var first = sign(version, token);
		var second = sign(version, token);

		assertThat(second.getId()).isEqualTo(first.getId());
		assertThat(this.consentService.records(this.clientId)).hasSize(1);
	}

	@Test
	void onlyTheCurrentTextOfTheRightKindCanBeSigned() {
		var old = this.consentService.current(ConsentKind.TREATMENT);
		this.consentService.revise(ConsentKind.TREATMENT, old.getTitle(), old.getBody() + "\nChanged.", old.getNumber(),
				this.therapistId);
		long providerText = this.consentService.current(ConsentKind.PROVIDER_COMMUNICATION).getId();

		assertThatExceptionOfType(StaleTextException.class).isThrownBy(() -> sign(old.getId(), UUID.randomUUID()));
		assertThatExceptionOfType(StaleTextException.class).isThrownBy(() -> sign(providerText, UUID.randomUUID()));
		assertThat(this.consentService.records(this.clientId)).isEmpty();
	}

	@Test
	void theSameWordsWithBrowserLineBreaksMakeNoNewVersion() {
		var current = this.consentService.current(ConsentKind.TREATMENT);

		var saved = this.consentService.revise(ConsentKind.TREATMENT, current.getTitle() + " ",
				current.getBody().replace("\n", "\r\n") + "\r\n", current.getNumber(), this.therapistId);

		assertThat(saved.getNumber()).isEqualTo(current.getNumber());
	}

	@Test
	void aNewTextAsksTheClientToSignAgain() {
		var version = this.consentService.current(ConsentKind.TREATMENT);
		sign(version.getId(), UUID.randomUUID());

		this.consentService.revise(ConsentKind.TREATMENT, version.getTitle(), version.getBody() + "\nNew paragraph.",
				version.getNumber(), this.therapistId);

		assertThat(this.consentService.status(this.clientId, ConsentKind.TREATMENT).state()).isEqualTo(State.OUTDATED);
	}

	@Test
	void aWithdrawalTakesEffectAtOnceAndHappensOnce() {
		var consent = sign(this.consentService.current(ConsentKind.TREATMENT).getId(), UUID.randomUUID());

		this.consentService.withdraw(this.clientId, consent.getId(), ConsentWithdrawal.WithdrawnBy.CLIENT,
				"No longer wants body work", this.therapistId, "Maya Okafor");

		assertThat(this.consentService.status(this.clientId, ConsentKind.TREATMENT).state()).isEqualTo(State.WITHDRAWN);
		assertThatExceptionOfType(AlreadyWithdrawnException.class)
			.isThrownBy(() -> this.consentService.withdraw(this.clientId, consent.getId(),
					ConsentWithdrawal.WithdrawnBy.THERAPIST, "again", this.therapistId, "Maya Okafor"));
	}

	@Test
	void verbalConsentIsRecordedWithItsWitnessButIsNoSignature() {
		var token = UUID.randomUUID();
		var verbal = this.consentService.recordVerbal(this.clientId, "Zoë Ångström Þórsdóttir", token,
				this.therapistId, "Maya Okafor");
		this.consentService.recordVerbal(this.clientId, "Zoë Ångström Þórsdóttir", token, this.therapistId,
				"Maya Okafor");

		assertThat(this.consentService.records(this.clientId)).hasSize(1);

		assertThat(verbal.getMethod()).isEqualTo(ConsentMethod.VERBAL);
		assertThat(verbal.getSignatureStrokes()).isNull();
		assertThat(this.consentService.status(this.clientId, ConsentKind.TREATMENT).state()).isEqualTo(State.MISSING);
	}

	@Test
	void providerConsentKeepsItsTermsAndEndDate() {
		var version = this.consentService.current(ConsentKind.PROVIDER_COMMUNICATION);
		var terms = new ProviderTerms("Dr Asha Rao", "asha.rao@example.org", "Progress and any safety concerns",
				TestClock.today().plusMonths(6));

		var consent = this.consentService.sign(this.clientId, ConsentKind.PROVIDER_COMMUNICATION, version.getId(), "Zoë",
				STROKES, terms,
				UUID.randomUUID(), this.therapistId, "Maya Okafor");

		assertThat(consent.getProviderName()).isEqualTo("Dr Asha Rao");
		assertThat(this.consentService.status(this.clientId, ConsentKind.PROVIDER_COMMUNICATION).validUntil())
			.isEqualTo(terms.expiresOn());
	}

	@Test
	void thePdfCarriesTheNameTheTextAndTheHash() throws IOException {
		var consent = sign(this.consentService.current(ConsentKind.TREATMENT).getId(), UUID.randomUUID());

		byte[] document = this.pdf.render(consent, "Zoë Ångström Þórsdóttir", null);

		try (var pdf = Loader.loadPDF(document)) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains("Zoë Ångström Þórsdóttir")
				.contains(consent.getContentSha256())
				.contains("Maya Okafor")
				.contains("Your stop signal and your right to stop");
		}
	}

	private SignedConsent sign(long documentVersionId, UUID token) {
		return this.consentService.sign(this.clientId, ConsentKind.TREATMENT, documentVersionId,
				"Zoë Ångström Þórsdóttir", STROKES, null,
				token, this.therapistId, "Maya Okafor");
	}

}
