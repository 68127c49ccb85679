package com.holdspace.aftercare;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.holdspace.session.SessionAccess;
import com.holdspace.session.SessionPanel;
import com.holdspace.session.SessionView;
import com.holdspace.staff.HoldspaceUser;
import com.holdspace.shared.ClinicTime;

/**
 * The aftercare plan on a session's page, for clinical staff: the treating therapist builds it as
 * the step after signing and hands it over; everyone else reads it.
 */
@Component
class AftercareSessionPanel implements SessionPanel {

	private final AftercareService aftercare;

	private final AftercareCatalogue catalogue;

	private final ClinicTime clinicTime;

	AftercareSessionPanel(AftercareService aftercare, AftercareCatalogue catalogue, ClinicTime clinicTime) {
		this.aftercare = aftercare;
		this.catalogue = catalogue;
		this.clinicTime = clinicTime;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public Optional<Panel> panelFor(SessionView record, HoldspaceUser viewer) {
		if (!SessionAccess.isClinical(viewer) || !record.checkedIn()) {
			return Optional.empty();
		}
		AftercarePlan plan = this.aftercare.forSession(record.id()).orElse(null);
		// the plan is the step after signing, never a form below the button that signs and reloads
		boolean writable = SessionAccess.isTreating(viewer, record) && record.signed()
				&& (plan == null || !plan.isHandedOver());
		boolean next = SessionAccess.isTreating(viewer, record) && !record.signed();
		Map<String, Object> data = new HashMap<>();
		data.put("sessionId", record.id());
		data.put("plan", plan);
		data.put("writable", writable);
		data.put("afterSigning", next);
		if (writable) {
			data.put("form", (plan != null) ? AftercarePlanForm.of(plan) : suggestedFrom(record));
			data.put("items", this.catalogue.active());
			data.put("today", LocalDate.now(this.clinicTime.clock()));
		}
		return Optional.of(new Panel("aftercare/session-panel", data));
	}

	/** A new plan starts from the session's own recommendations. */
	private static AftercarePlanForm suggestedFrom(SessionView record) {
		var form = new AftercarePlanForm();
		form.setCounsellingSuggested(record.counsellingSuggested());
		form.setReferral(record.referral());
		return form;
	}

}
