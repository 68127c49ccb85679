package com.holdspace.intake;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The intake part of a client's whole record: every completed version, oldest first, with what
 * changed and who changed it, and every hold, open or cleared, with its referral and clearance.
 * Versions and holds are few for any one client, so each comes as a list.
 */
@NamedInterface("api")
@Service
@Transactional(readOnly = true)
public class IntakeRecords {

	private final IntakeService intake;

	private final ClinicalHolds holds;

	private final IntakeAnswerText text;

	IntakeRecords(IntakeService intake, ClinicalHolds holds, IntakeAnswerText text) {
		this.intake = intake;
		this.holds = holds;
		this.text = text;
	}

	/** Every completed version of the client's intake, oldest first, with its answers in the form's words. */
	public List<IntakeVersionInFull> versions(long clientId, Locale locale) {
		List<IntakeVersion> versions = new ArrayList<>(this.intake.versions(clientId));
		versions.sort(Comparator.comparingInt(IntakeVersion::getNumber));
		List<IntakeVersionInFull> inFull = new ArrayList<>();
		IntakeForm previous = null;
		for (IntakeVersion version : versions) {
			IntakeForm answers = this.intake.answersOf(version);
			inFull.add(new IntakeVersionInFull(version.getNumber(), version.getCompletedAt(),
					version.getCompletedByName(), version.isExtendedSuggested(), answers, answered(answers, locale),
					(previous != null) ? changes(IntakeComparison.changes(previous, answers), locale) : List.of(),
					this.intake.clientsOwnAnswersFor(version)
						.map(own -> clientsPart(own, answers, locale))
						.orElse(null)));
			previous = answers;
		}
		return inFull;
	}

	/** Every hold the client has had, open ones first, as {@link ClinicalHolds#holds} orders them. */
	public List<HoldRecord> holds(long clientId) {
		return this.holds.holds(clientId).stream().map(HoldRecord::of).toList();
	}

	private IntakeVersionInFull.ClientsPart clientsPart(ClientsOwnAnswers own, IntakeForm version, Locale locale) {
		IntakeForm clients = own.answers();
		return new IntakeVersionInFull.ClientsPart(own.atHome(), own.startedAt(), own.savedAt(), own.finishedAt(),
				own.handedOverByName(),
				answered(IntakeComparison.changes(new IntakeForm(), clients)
					.stream()
					.filter(change -> !StaffAnswers.FIELDS.contains(change.field()))
					.toList(), locale),
				changes(IntakeComparison.clientAnswerChanges(clients, version), locale));
	}

	/** Every answer given: what differs from a blank form. */
	private List<IntakeVersionInFull.Answer> answered(IntakeForm answers, Locale locale) {
		return answered(IntakeComparison.changes(new IntakeForm(), answers), locale);
	}

	private List<IntakeVersionInFull.Answer> answered(List<IntakeComparison.Change> fromBlank, Locale locale) {
		return this.text.describe(fromBlank, locale)
			.stream()
			.map(line -> new IntakeVersionInFull.Answer(line.question(), line.after()))
			.toList();
	}

	private List<IntakeVersionInFull.Change> changes(List<IntakeComparison.Change> changes, Locale locale) {
		return this.text.describe(changes, locale)
			.stream()
			.map(line -> new IntakeVersionInFull.Change(line.question(), line.before(), line.after()))
			.toList();
	}

}
