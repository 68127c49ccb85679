package com.holdspace.consent;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.holdspace.clinic.ClinicSettings;
import com.holdspace.shared.NotFoundException;
import com.holdspace.shared.ClinicTime;
import com.holdspace.shared.ReferenceData;

/** Consent texts and their versions, the consents clients give, withdrawals and status. */
@NamedInterface("api")
@Service
@Transactional
public class ConsentService {

	private final ConsentDocumentVersionRepository documents;

	private final SignedConsentRepository consents;

	private final ConsentWithdrawalRepository withdrawals;

	private final ClinicSettings clinicSettings;

	private final ClinicTime clinicTime;

	private final Clock clock;

	private final ReferenceData referenceData;

	ConsentService(ConsentDocumentVersionRepository documents, SignedConsentRepository consents,
			ConsentWithdrawalRepository withdrawals, ClinicSettings clinicSettings, ClinicTime clinicTime,
			ReferenceData referenceData) {
		this.referenceData = referenceData;
		this.documents = documents;
		this.consents = consents;
		this.withdrawals = withdrawals;
		this.clinicSettings = clinicSettings;
		this.clinicTime = clinicTime;
		this.clock = clinicTime.clock();
	}

	@Transactional(readOnly = true)
	public ConsentDocumentVersion current(ConsentKind kind) {
		return this.documents.findFirstByKindOrderByNumberDesc(kind)
			.orElseThrow(() -> new IllegalStateException("No text for consent " + kind));
	}

	@Transactional(readOnly = true)
	List<ConsentDocumentVersion> history(ConsentKind kind) {
		return this.documents.findByKindOrderByNumberDesc(kind);
	}

	@Transactional(readOnly = true)
	ConsentDocumentVersion version(ConsentKind kind, int number) {
		return this.documents.findByKindAndNumber(kind, number)
			.orElseThrow(() -> new NotFoundException("Consent text version", number));
	}

	/** Saves an edited text as the next version; an unchanged text makes no version. */
	ConsentDocumentVersion revise(ConsentKind kind, String title, String body, int editedVersion, long byAccount) {
		// browsers send a textarea's line breaks as CRLF; the same words must stay the same version
		title = title.strip();
		body = body.replace("\r\n", "\n").replace('\r', '\n').strip();
		var current = current(kind);
		if (current.getNumber() != editedVersion) {
			throw new StaleTextException();
		}
		if (current.sameWordingAs(title, body)) {
			return current;
		}
		return this.documents.saveAndFlush(
				new ConsentDocumentVersion(kind, current.getNumber() + 1, title, body, byAccount, now()));
	}

	/**
	 * Records written consent to the exact version the client read, signed on the tablet before the
	 * witness signed in. The same signing token twice (a double tap) returns the consent the first made.
	 */
	SignedConsent sign(long clientId, ConsentKind kind, long documentVersionId, String signerName, String strokes,
			ProviderTerms provider, UUID signingToken, long witnessId, String witnessName) {
		return sign(clientId, kind, ConsentMethod.WRITTEN, documentVersionId, signerName, strokes, provider,
				signingToken, witnessId, witnessName);
	}

	/**
	 * Records consent the client signed at home, in the portal: no one witnessed it, so the client's
	 * own login is the account it is recorded under.
	 */
	SignedConsent signAtHome(long clientId, ConsentKind kind, long documentVersionId, String signerName,
			String strokes, UUID signingToken, long clientsAccount, String clientsName) {
		return sign(clientId, kind, ConsentMethod.SIGNED_REMOTELY, documentVersionId, signerName, strokes, null,
				signingToken, clientsAccount, clientsName);
	}

	private SignedConsent sign(long clientId, ConsentKind kind, ConsentMethod method, long documentVersionId,
			String signerName, String strokes, ProviderTerms provider, UUID signingToken, long witnessId,
			String witnessName) {
		var existing = signedWith(clientId, signingToken);
		if (existing.isPresent()) {
			return existing.get();
		}
		var document = current(kind);
		if (document.getId() != documentVersionId) {
			// the client read another text (an older version, or another kind): they must read this one
			throw new StaleTextException();
		}
		var terms = (document.getKind() == ConsentKind.PROVIDER_COMMUNICATION) ? provider : null;
		return this.consents.saveAndFlush(new SignedConsent(clientId, document, method, signerName.strip(),
				strokes, witnessId, witnessName, now(), terms, signingToken));
	}

	@Transactional(readOnly = true)
	Optional<SignedConsent> signedWith(long clientId, UUID signingToken) {
		return this.consents.findBySigningToken(signingToken).filter(consent -> consent.getClientId() == clientId);
	}

	/**
	 * Records that the client gave consent aloud to the current treatment text, witnessed by a
	 * therapist. The same token twice (a double tap) records it once.
	 */
	SignedConsent recordVerbal(long clientId, String clientName, UUID token, long witnessId, String witnessName) {
		return signedWith(clientId, token).orElseGet(() -> this.consents.saveAndFlush(new SignedConsent(clientId,
				current(ConsentKind.TREATMENT), ConsentMethod.VERBAL, clientName, null, witnessId, witnessName, now(),
				null, token)));
	}

	/**
	 * Records the consent a client gave aloud at the start of a booked session, witnessed by their
	 * therapist, so the booking shows it was re-confirmed before that session. Once per booking.
	 */
	public GivenConsent recordVerbalForBooking(long clientId, long bookingId, String clientName, long witnessId,
			String witnessName) {
		this.consents.lockBooking(bookingId);
		return GivenConsent.of(this.consents.findFirstByBookingIdOrderBySignedAtDesc(bookingId)
			.orElseGet(() -> this.consents.saveAndFlush(new SignedConsent(clientId, current(ConsentKind.TREATMENT),
					ConsentMethod.VERBAL, clientName, null, witnessId, witnessName, now(), null, UUID.randomUUID())
				.forBooking(bookingId))));
	}

	/** The verbal consent given for a booked session, if there was one. */
	@Transactional(readOnly = true)
	public Optional<GivenConsent> verbalForBooking(long bookingId) {
		return this.consents.findFirstByBookingIdOrderBySignedAtDesc(bookingId).map(GivenConsent::of);
	}

	/** Withdraws a consent at once. A consent is withdrawn only once. */
	ConsentWithdrawal withdraw(long clientId, long consentId, ConsentWithdrawal.WithdrawnBy by, String reason,
			long recordedBy, String recordedByName) {
		var consent = record(clientId, consentId);
		if (this.withdrawals.findByConsentId(consent.getId()).isPresent()) {
			throw new AlreadyWithdrawnException();
		}
		try {
			return this.withdrawals
				.saveAndFlush(new ConsentWithdrawal(consentId, by, reason.strip(), recordedBy, recordedByName, now()));
		}
		catch (DataIntegrityViolationException withdrawnMeanwhile) {
			throw new AlreadyWithdrawnException();
		}
	}

	@Transactional(readOnly = true)
	SignedConsent record(long clientId, long consentId) {
		return this.consents.findByIdAndClientId(consentId, clientId)
			.orElseThrow(() -> new NotFoundException("Consent", consentId));
	}

	/** The consents a client signed in writing, newest first, for the client's own page. */
	@Transactional(readOnly = true)
	public List<GivenConsent> signedBy(long clientId) {
		return records(clientId).stream()
			.filter(consent -> consent.getMethod().isSigned())
			.map(GivenConsent::of)
			.toList();
	}

	/**
	 * Every consent the client gave, written or aloud, oldest first, each with its withdrawal: the
	 * consent part of the client's whole record, in two statements.
	 */
	@Transactional(readOnly = true)
	public List<ConsentRecord> history(long clientId) {
		List<SignedConsent> given = new ArrayList<>(records(clientId));
		Collections.reverse(given);
		Map<Long, ConsentWithdrawal> withdrawals = withdrawalsOf(given);
		return given.stream().map(consent -> ConsentRecord.of(consent, withdrawals.get(consent.getId()))).toList();
	}

	@Transactional(readOnly = true)
	List<SignedConsent> records(long clientId) {
		return this.consents.findByClientIdOrderBySignedAtDesc(clientId);
	}

	@Transactional(readOnly = true)
	Map<Long, ConsentWithdrawal> withdrawalsOf(List<SignedConsent> records) {
		return this.withdrawals.findByConsentIdIn(records.stream().map(SignedConsent::getId).toList())
			.stream()
			.collect(Collectors.toMap(ConsentWithdrawal::getConsentId, Function.identity()));
	}

	/** The status of every kind of consent for a client, for the client page, booking and session start. */
	@Transactional(readOnly = true)
	public List<ConsentStatus> statuses(long clientId) {
		List<Object[]> rows = this.consents.withWithdrawals(clientId);
		List<SignedConsent> records = rows.stream().map(row -> (SignedConsent) row[0]).distinct().toList();
		Map<Long, Instant> withdrawn = new HashMap<>();
		rows.stream()
			.filter(row -> row[1] != null)
			.forEach(row -> withdrawn.merge(((SignedConsent) row[0]).getId(), (Instant) row[1],
					(one, other) -> one.isAfter(other) ? one : other));
		int renewalMonths = this.clinicSettings.consentRenewalMonths();
		Map<ConsentKind, Integer> currentNumbers = currentNumbers();
		return Arrays.stream(ConsentKind.values())
			.map(kind -> ConsentRules.status(kind, records, withdrawn, currentNumber(currentNumbers, kind), renewalMonths,
					now(), this.clinicTime.zone()))
			.toList();
	}

	/** The number of each consent text's current version, kept in memory until a new version is saved. */
	private Map<ConsentKind, Integer> currentNumbers() {
		return this.referenceData.get(ReferenceData.CONSENT_TEXTS, "current-numbers", () -> this.documents.currentNumbers()
			.stream()
			.collect(Collectors.toUnmodifiableMap(ConsentDocumentVersionRepository.CurrentNumber::kind,
					ConsentDocumentVersionRepository.CurrentNumber::number)));
	}

	private static int currentNumber(Map<ConsentKind, Integer> currentNumbers, ConsentKind kind) {
		Integer number = currentNumbers.get(kind);
		if (number == null) {
			throw new IllegalStateException("No text for consent " + kind);
		}
		return number;
	}

	@Transactional(readOnly = true)
	public ConsentStatus status(long clientId, ConsentKind kind) {
		return statuses(clientId).stream().filter(status -> status.kind() == kind).findFirst().orElseThrow();
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** Stored to the microsecond in PostgreSQL, so hashed at that precision too. */
	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

}
