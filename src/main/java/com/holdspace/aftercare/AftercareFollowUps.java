package com.holdspace.aftercare;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.holdspace.booking.CalendarNotes;
import com.holdspace.client.ClientView;
import com.holdspace.client.ClientService;
import com.holdspace.messaging.MessagingProperties;
import com.holdspace.messaging.Outbox;
import com.holdspace.staff.HoldspaceUser;
import com.holdspace.staff.PortalAccounts;
import com.holdspace.staff.Role;
import com.holdspace.shared.ClinicTime;

/**
 * A plan's follow-up date: that day the client gets a short email asking how they are (through the
 * outbox, once per plan), and the therapist finds the follow-up on their calendar.
 */
@Component
class AftercareFollowUps implements CalendarNotes {

	static final String MESSAGE_KIND = "AFTERCARE_CHECK_IN";

	private static final Logger log = LoggerFactory.getLogger(AftercareFollowUps.class);

	private static final int BATCH = 50;

	/** Follow-up emails go out from this time of the clinic's day. */
	static final java.time.LocalTime MORNING = java.time.LocalTime.of(9, 0);

	/** How long an urgent check-in stays at the top of the therapist's day. */
	static final int URGENT_DAYS = 7;

	private final AftercarePlanRepository plans;

	private final AftercareCheckInRepository checkIns;

	private final ClientService clients;

	private final PortalAccounts accounts;

	private final Outbox outbox;

	private final MessageSource messages;

	private final MessagingProperties mail;

	private final ClinicTime clinicTime;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final String publicUrl;

	AftercareFollowUps(AftercarePlanRepository plans, AftercareCheckInRepository checkIns, ClientService clients,
			PortalAccounts accounts, Outbox outbox, MessageSource messages, MessagingProperties mail,
			ClinicTime clinicTime, PlatformTransactionManager transactions,
			@Value("${holdspace.public-url:http://localhost:8080}") String publicUrl) {
		this.plans = plans;
		this.checkIns = checkIns;
		this.clients = clients;
		this.accounts = accounts;
		this.outbox = outbox;
		this.messages = messages;
		this.mail = mail;
		this.clinicTime = clinicTime;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clinicTime.clock();
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	/** The scheduled job; on several app instances only one runs it at a time. */
	@Scheduled(fixedDelayString = "${holdspace.aftercare.follow-up-check-interval:PT10M}")
	@SchedulerLock(name = "aftercare-follow-ups", lockAtMostFor = "PT10M")
	public void run() {
		sendDue();
	}

	/**
	 * Queues the check-in email of every follow-up due by today, one plan per transaction, and
	 * answers how many were queued. A plan that fails is passed over for the rest of the run.
	 */
	int sendDue() {
		// no email in the night: a follow-up due today waits for the morning
		LocalDate today = LocalDate.now(this.clock);
		LocalDate dueBy = java.time.LocalTime.now(this.clock).isBefore(MORNING) ? today.minusDays(1) : today;
		Set<Long> passedOver = new HashSet<>();
		int queued = 0;
		List<AftercarePlan> due;
		do {
			due = this.plans.findFollowUpsDue(dueBy, PageRequest.of(0, BATCH + passedOver.size()))
				.stream()
				.filter(plan -> !passedOver.contains(plan.getId()))
				.limit(BATCH)
				.toList();
			for (AftercarePlan plan : due) {
				if (queue(plan.getId())) {
					queued++;
				}
				else {
					passedOver.add(plan.getId());
				}
			}
		}
		while (due.size() == BATCH);
		return queued;
	}

	private boolean queue(long planId) {
		try {
			this.transaction.executeWithoutResult(status -> {
				AftercarePlan plan = this.plans.findById(planId).orElseThrow();
				ClientView client = this.clients.get(plan.getClientId());
				if (client.email() != null) {
					this.outbox.queue(null, MESSAGE_KIND, client.email(), text("aftercare.email.subject"),
							body(client, plan), null, "aftercare-follow-up-" + planId);
				}
				plan.markFollowUpSent(this.clock.instant());
				this.plans.saveAndFlush(plan);
			});
			return true;
		}
		catch (RuntimeException failed) {
			log.warn("The follow-up of aftercare plan {} could not be queued: {}", planId, failed.toString());
			return false;
		}
	}

	/** Short and calm: a link to answer in the portal when they have a login, otherwise a reply. */
	private String body(ClientView client, AftercarePlan plan) {
		String answer = this.accounts.loginOf(client.id()).isPresent()
				? text("aftercare.email.link", this.publicUrl + "/me/plans/" + plan.getId() + "#check-in")
				: text("aftercare.email.reply");
		return String.join("\n\n", text("aftercare.email.greeting", client.calledName()),
				text("aftercare.email.body", firstName(plan.getTherapistName()),
						this.clinicTime.date(plan.getHandedOverAt())),
				answer, text("aftercare.email.support"), this.mail.clinicName()) + "\n";
	}

	/** The therapist's own follow-ups on a day; the front desk sees none. */
	@Override
	public List<Note> notesFor(long therapistId, LocalDate day, HoldspaceUser viewer) {
		if (viewer.getRole() != Role.ADMIN && viewer.getAccountId() != therapistId) {
			return List.of();
		}
		List<AftercarePlan> onDay = this.transaction
			.execute(status -> this.plans.findFollowUpsOn(therapistId, day));
		// urgent check-ins of the week up to this day come first, whatever else the day holds
		java.time.Instant dayEnds = day.plusDays(1).atStartOfDay(this.clinicTime.zone()).toInstant();
		List<UrgentCheckIn> urgent = this.transaction.execute(status -> this.checkIns.findUrgentFor(therapistId,
				dayEnds.minus(java.time.Duration.ofDays(URGENT_DAYS)), dayEnds));
		if ((onDay == null || onDay.isEmpty()) && (urgent == null || urgent.isEmpty())) {
			return List.of();
		}
		List<Long> clientIds = new java.util.ArrayList<>();
		onDay.forEach(plan -> clientIds.add(plan.getClientId()));
		urgent.forEach(checkIn -> clientIds.add(checkIn.clientId()));
		Map<Long, String> names = this.clients.calledNames(clientIds);
		List<Note> notes = new java.util.ArrayList<>();
		urgent.forEach(checkIn -> notes.add(new Note((checkIn.words() != null)
				? text("aftercare.note.urgentCheckIn", names.get(checkIn.clientId()),
						this.clinicTime.dateTime(checkIn.sentAt()), checkIn.feeling(), checkIn.words())
				: text("aftercare.note.urgentCheckInNoWords", names.get(checkIn.clientId()),
						this.clinicTime.dateTime(checkIn.sentAt()), checkIn.feeling()),
				"/clients/" + checkIn.clientId() + "#aftercare-card", true)));
		onDay.forEach(plan -> notes.add(new Note(text("aftercare.note.followUp", names.get(plan.getClientId()),
				this.clinicTime.date(plan.getHandedOverAt())), "/clients/" + plan.getClientId() + "#aftercare-card")));
		return notes;
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, Locale.UK);
	}

	private static String firstName(String name) {
		return (name == null || name.isBlank()) ? "" : name.strip().split("\\s+")[0];
	}

}
