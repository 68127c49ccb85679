package com.holdspace.records;

import java.util.Date;

import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Period;

import com.holdspace.intake.HoldRecord;
import com.holdspace.intake.HoldSource;
import com.holdspace.intake.IntakeVersionInFull;

/**
 * Holds, and the extended-session suggestion, as {@code Flag}s of category {@code clinical}: active
 * until cleared, the period from raised to cleared. Who raised a hold is its author; a hold the client
 * raised themselves (a disclosure at home or on the tablet) names the client.
 */
final class FhirFlags {

	static final String CATEGORY = "http://terminology.hl7.org/CodeSystem/flag-category";

	private final FhirScope scope;

	private final FhirWords words;

	FhirFlags(FhirScope scope, FhirWords words) {
		this.scope = scope;
		this.words = words;
	}

	Flag hold(HoldRecord hold) {
		Flag flag = this.scope.ids().identify(new Flag(), hold.id());
		flag.setStatus(hold.isActive() ? Flag.FlagStatus.ACTIVE : Flag.FlagStatus.INACTIVE);
		flag.addCategory(FhirScope.coded(CATEGORY, "clinical", "Clinical"));
		String kind = this.words.of(hold.kind());
		flag.setCode(FhirScope.text(kind));
		flag.setSubject(this.scope.patient());
		Period period = new Period().setStart(Date.from(hold.raisedAt()));
		if (hold.clearedAt() != null) {
			period.setEnd(Date.from(hold.clearedAt()));
		}
		flag.setPeriod(period);
		boolean byClient = !hold.reasons().isEmpty() && hold.reasons()
			.stream()
			.allMatch(reason -> reason.source() == HoldSource.HOME || reason.source() == HoldSource.SELF_FILL);
		flag.setAuthor(byClient ? this.scope.patient() : FhirScope.named(hold.raisedByName()));
		var text = FhirNarrative.titled(kind)
			.line("Raised", this.scope.dateTime(hold.raisedAt()).getValueAsString())
			.line("By", hold.raisedByName());
		for (HoldRecord.Reason reason : hold.reasons()) {
			String question = this.words.text("intake.q." + reason.answer());
			text.line("Because of", question + ((reason.detail() != null) ? " (" + reason.detail() + ")" : "") + ", "
					+ source(reason));
			if (!reason.regions().isEmpty()) {
				text.line("Regions to avoid", String.join(", ", reason.regions().stream().map(this.words::of).toList()));
			}
			text.line("Runs out on", reason.lapsesOn());
		}
		step(text, "Referral", hold.referral());
		step(text, "Clearance", hold.clearance());
		text.line("Cleared", (hold.clearedAt() != null) ? this.scope.dateTime(hold.clearedAt()).getValueAsString() : null);
		flag.setText(text.build());
		return flag;
	}

	/** The newest intake version suggests an extended session: a flag no clearance lifts, raised with that version. */
	Flag extendedSession(IntakeVersionInFull version) {
		Flag flag = this.scope.ids().identify(new Flag(), "extended/" + this.scope.clientId() + "/" + version.number());
		flag.setStatus(Flag.FlagStatus.ACTIVE);
		flag.addCategory(FhirScope.coded(CATEGORY, "clinical", "Clinical"));
		String kind = this.words.text("intake.flag.EXTENDED_SESSION_SUGGESTED");
		flag.setCode(FhirScope.text(kind));
		flag.setSubject(this.scope.patient());
		flag.setPeriod(new Period().setStart(Date.from(version.completedAt())));
		flag.setAuthor(FhirScope.named(version.completedByName()));
		flag.setText(FhirNarrative.titled(kind).line("From the SAFE intake, version", version.number()).build());
		return flag;
	}

	private String source(HoldRecord.Reason reason) {
		String when = this.scope.dateTime(reason.notedAt()).getValueAsString();
		return switch (reason.source()) {
			case INTAKE -> "the SAFE intake, completed by " + reason.notedByName() + ", " + when;
			case SELF_FILL -> "told by the client on the tablet, " + when;
			case HOME -> "told by the client at home, " + when;
			case CHECK_IN -> "said at a session's check-in, " + when + " (noted by " + reason.notedByName() + ")";
		};
	}

	private void step(FhirNarrative text, String label, HoldRecord.Step step) {
		if (step == null) {
			return;
		}
		text.line(label, step.personName() + " (" + step.personRole() + "), advice of " + step.adviceOn()
				+ ((step.basis() != null) ? ", " + step.basis().name().toLowerCase().replace('_', ' ') : "")
				+ ((step.note() != null) ? ": " + step.note() : "") + "; recorded by " + step.recordedByName() + ", "
				+ this.scope.dateTime(step.recordedAt()).getValueAsString());
	}

}
