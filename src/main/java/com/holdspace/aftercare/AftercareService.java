package com.holdspace.aftercare;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.modulith.NamedInterface;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.holdspace.audit.AuditAction;
import com.holdspace.audit.AuditLog;
import com.holdspace.clinic.ClinicSettings;
import com.holdspace.session.SessionAccess;
import com.holdspace.session.SessionView;
import com.holdspace.session.SessionService;
import com.holdspace.shared.ClinicTime;
import com.holdspace.shared.NotFoundException;
import com.holdspace.shared.Refused;
import com.holdspace.shared.StaleEditException;
import com.holdspace.staff.HoldspaceUser;

/**
 * Aftercare plans: written by the treating therapist at the end of a session and handed over, then
 * the client's own to read, acknowledge and answer. A client only ever reaches their own plans:
 * every lookup for a client is by their id, and another client's plan is simply not found.
 */
@NamedInterface("api")
@Service
@Transactional
public class AftercareService {

	/** The plans a client's portal lists, newest first. */
	static final int PORTAL_PLANS = 50;

	private final AftercarePlanRepository plans;

	private final AftercareCheckInRepository checkIns;

	private final AftercareItemRepository items;

	private final SessionService sessions;

	private final ClinicSettings settings;

	private final Clock clock;

	private final TransactionTemplate writes;

	private final AuditLog audit;

	AftercareService(AftercarePlanRepository plans, AftercareCheckInRepository checkIns,
			AftercareItemRepository items, SessionService sessions, ClinicSettings settings, ClinicTime clinicTime,
			PlatformTransactionManager transactions, AuditLog audit) {
		this.audit = audit;
		this.writes = new TransactionTemplate(transactions);
		this.plans = plans;
		this.checkIns = checkIns;
		this.items = items;
		this.sessions = sessions;
		this.settings = settings;
		this.clock = clinicTime.clock();
	}

	@Transactional(readOnly = true)
	public Optional<AftercarePlan> forSession(long sessionId) {
		return this.plans.findBySessionId(sessionId);
	}

	/** Keeps the plan as the treating therapist has built it so far. */
	public AftercarePlan save(long sessionId, AftercarePlanForm form, HoldspaceUser user) {
		return write(sessionId, form, user);
	}

	private AftercarePlan write(long sessionId, AftercarePlanForm form, HoldspaceUser user) {
		SessionView record = this.sessions.view(sessionId);
		SessionAccess.requireTreating(user, record);
		if (!record.checkedIn()) {
			throw Refused.because("aftercare.error.checkInFirst");
		}
		AftercarePlan plan = this.plans.findBySessionId(sessionId)
			.orElseGet(() -> new AftercarePlan(record.clientId(), sessionId, record.therapistId(),
					record.therapistName()));
		if (!plan.isNew() && (form.getVersion() == null || form.getVersion() != plan.getVersion())) {
			throw new StaleEditException("Aftercare plan", plan.getId());
		}
		plan.write(chosen(form.getItemIds()), form);
		try {
			return this.plans.saveAndFlush(plan);
		}
		catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException meanwhile) {
			throw new StaleEditException("Aftercare plan", plan.getId());
		}
	}

	/**
	 * Hands the plan over: from now on the client sees it in their portal, with the clinic's contact
	 * and crisis lines as they stand today. What was typed is saved first, in a transaction of its
	 * own, whatever happens next; then the plan, locked, needs something to hand over and a
	 * follow-up date, if there is one, of today or later.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public AftercarePlan handOver(long sessionId, AftercarePlanForm form, HoldspaceUser user) {
		this.writes.executeWithoutResult(status -> write(sessionId, form, user));
		try {
			return this.writes.execute(status -> {
				AftercarePlan plan = this.plans.lockBySessionId(sessionId).orElseThrow();
				if (form.getFollowUpOn() != null && form.getFollowUpOn().isBefore(LocalDate.now(this.clock))) {
					throw new Refused("followUpOn", "aftercare.error.followUpPast");
				}
				if (!plan.hasContent()) {
					throw new Refused("itemIds", "aftercare.error.empty");
				}
				plan.handOver(this.settings.contactLines(), this.settings.crisisContacts(), this.clock.instant());
				return this.plans.saveAndFlush(plan);
			});
		}
		catch (ObjectOptimisticLockingFailureException meanwhile) {
			throw new StaleEditException("Aftercare plan", sessionId);
		}
	}

	/** The catalogue items chosen, in the catalogue's order; one no longer offered is left out. */
	private List<AftercareItem> chosen(List<Long> ids) {
		return this.items.findByActiveTrueOrderBySortOrderAscTitleAsc()
			.stream()
			.filter(item -> ids.contains(item.getId()))
			.toList();
	}

	/** The plans handed over to a client, newest first. */
	@Transactional(readOnly = true)
	public List<PlanLine> handedOverTo(long clientId) {
		return this.plans.findHandedOverTo(clientId, PageRequest.of(0, PORTAL_PLANS))
			.stream()
			.map(PlanLine::of)
			.toList();
	}

	/** One of the client's own plans; anyone else's, or one not handed over yet, is not found. */
	@Transactional(readOnly = true)
	public PlanSheet sheet(long clientId, long planId) {
		return PlanSheet.of(handedOver(clientId, planId));
	}

	private AftercarePlan handedOver(long clientId, long planId) {
		return this.plans.findHandedOver(clientId, planId)
			.orElseThrow(() -> new NotFoundException("Aftercare plan", planId));
	}

	/** A client's own sheet with what they said since, read at once. */
	@Transactional(readOnly = true)
	public Sheet sheetWithCheckIns(long clientId, long planId) {
		PlanSheet plan = sheet(clientId, planId);
		return new Sheet(plan, this.checkIns.findByPlanIdInOrderBySentAtDesc(List.of(plan.id()))
			.stream()
			.map(CheckInAnswer::of)
			.toList());
	}

	public record Sheet(PlanSheet plan, List<CheckInAnswer> checkIns) {
	}

	/** The client has read their plan; the first time is kept, a second tap changes nothing. */
	public void markRead(long clientId, long planId) {
		handedOver(clientId, planId);
		this.plans.markRead(clientId, planId, this.clock.instant());
	}

	/**
	 * How the client feels now. The same form sent twice is one check-in. An urgent one (the lowest
	 * score, or words of self-harm) is written to the audit log as a concern, once.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public CheckInAnswer checkIn(long clientId, long planId, CheckInForm form) {
		return CheckInAnswer.of(record(clientId, planId, form));
	}

	private AftercareCheckIn record(long clientId, long planId, CheckInForm form) {
		AftercarePlan plan = handedOver(clientId, planId);
		var already = this.checkIns.findByPlanIdAndToken(plan.getId(), form.getToken());
		if (already.isPresent()) {
			return already.get();
		}
		String words = (form.getWords() == null || form.getWords().isBlank()) ? null : form.getWords().strip();
		try {
			AftercareCheckIn saved = this.checkIns.saveAndFlush(
					new AftercareCheckIn(plan.getId(), form.getToken(), form.getFeeling(), words, this.clock.instant()));
			if (saved.isUrgent()) {
				// the fact and the plan, never the score or the words: the audit log outlives the record
				this.audit.record(AuditAction.CONCERN, clientId, "Urgent aftercare check-in on plan " + plan.getId(),
						null);
			}
			return saved;
		}
		catch (DataIntegrityViolationException sameFormMeanwhile) {
			return this.checkIns.findByPlanIdAndToken(plan.getId(), form.getToken())
				.orElseThrow(() -> sameFormMeanwhile);
		}
	}

	/** Follow-ups a therapist has on a day: a task on their calendar. */
	@Transactional(readOnly = true)
	public List<AftercarePlan> followUpsOn(long therapistId, LocalDate day) {
		return this.plans.findFollowUpsOn(therapistId, day);
	}

}
