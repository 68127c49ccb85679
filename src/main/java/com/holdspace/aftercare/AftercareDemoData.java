package com.holdspace.aftercare;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.holdspace.client.ClientService;
import com.holdspace.clinic.ClinicSettings;
import com.holdspace.session.SessionTimeline;
import com.holdspace.shared.ClinicTime;

/**
 * An aftercare plan handed over after each of Zoë's demo sessions, the latest not read yet, and a
 * check-in from her after the first, only in the {@code demo} profile and once.
 */
@Component
@Profile("demo")
@Order(60)
class AftercareDemoData implements ApplicationRunner {

	private final AftercarePlanRepository plans;

	private final AftercareCheckInRepository checkIns;

	private final AftercareItemRepository items;

	private final SessionTimeline timeline;

	private final ClientService clients;

	private final ClinicSettings settings;

	private final ClinicTime time;

	AftercareDemoData(AftercarePlanRepository plans, AftercareCheckInRepository checkIns, AftercareItemRepository items,
			SessionTimeline timeline, ClientService clients, ClinicSettings settings, ClinicTime time) {
		this.plans = plans;
		this.checkIns = checkIns;
		this.items = items;
		this.timeline = timeline;
		this.clients = clients;
		this.settings = settings;
		this.time = time;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		var zoe = this.clients.search("Zoë Ångström").stream().findFirst().orElse(null);
		if (zoe == null || !this.plans.findHandedOverTo(zoe.id(), org.springframework.data.domain.PageRequest.of(0, 1))
			.isEmpty()) {
			return;
		}
		var sessions = this.timeline.lines(zoe.id(), 0, 3);
		List<AftercareItem> catalogue = this.items.findByActiveTrueOrderBySortOrderAscTitleAsc();
		for (int i = sessions.size() - 1; i >= 0; i--) {
			var session = sessions.get(i);
			if (!session.signed()) {
				continue;
			}
			var form = new AftercarePlanForm();
			form.setNotes(NOTES.get(i % NOTES.size()));
			form.setWatchFor("Strong waves of sadness that do not settle within a day or two, or feeling far away from "
					+ "your body: call us, or your counsellor.");
			form.setCounsellingSuggested(i == 1);
			var twoDaysOn = this.time.day(session.startedAt()).plusDays(2);
			var tomorrow = this.time.day(this.time.clock().instant()).plusDays(1);
			// the newest plan's follow-up is still to come, so starting the demo sends no email
			form.setFollowUpOn(i == 0 && twoDaysOn.isBefore(tomorrow) ? tomorrow : twoDaysOn);
			var plan = new AftercarePlan(zoe.id(), session.id(), session.therapistId(), session.therapistName());
			plan.write(catalogue.subList(0, Math.min(3 + i, catalogue.size())), form);
			// the items are written before the plan is handed over: after that, PostgreSQL fixes them
			plan = this.plans.saveAndFlush(plan);
			plan.handOver(this.settings.contactLines(), this.settings.crisisContacts(),
					session.startedAt().plus(Duration.ofMinutes(80)));
			if (i > 0) {
				plan.markRead(session.startedAt().plus(Duration.ofHours(5)));
				plan.markFollowUpSent(session.startedAt().plus(Duration.ofDays(2)));
			}
			plan = this.plans.saveAndFlush(plan);
			if (i == sessions.size() - 1) {
				this.checkIns.saveAndFlush(new AftercareCheckIn(plan.getId(), UUID.randomUUID(), 4,
						"Tired the next day, then lighter. Slept well.", session.startedAt().plus(Duration.ofDays(2))));
			}
		}
	}

	private static final List<String> NOTES = List.of(
			"You did well to pause when the feelings came. Be gentle with yourself this evening.",
			"What came up today is part of the work. Bring it to Dr Rao next week if you wish.",
			"Notice how your chest feels when you drive this week: no need to change anything, just notice.");

}
