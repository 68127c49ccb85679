package com.holdspace.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;
import com.holdspace.StatementCounter;
import com.holdspace.aftercare.HandedOverPlan;
import com.holdspace.booking.BookingView;
import com.holdspace.client.ClientView;
import com.holdspace.consent.ConsentKind;
import com.holdspace.consent.ConsentMethod;
import com.holdspace.consent.ConsentRecord;
import com.holdspace.intake.BodyRegion;
import com.holdspace.intake.ClearanceStep;
import com.holdspace.intake.FlagKind;
import com.holdspace.intake.HoldRecord;
import com.holdspace.intake.HoldSource;
import com.holdspace.intake.IntakeVersionInFull;
import com.holdspace.intake.LicensedRole;
import com.holdspace.session.EntryKind;
import com.holdspace.session.ReleaseEvent;
import com.holdspace.session.SessionRecordInFull;
import com.holdspace.staff.Role;

/**
 * The whole record read back, section by section, as the clinic made it; and read a page at a time,
 * so that its statements grow with the pages of sessions, not with the sessions.
 */
@IntegrationTest
class ClientRecordReaderTests {

	@Autowired
	ClientRecordReader reader;

	@Autowired
	RecordFixtures records;

	@Autowired
	Fixtures fixtures;

	@Autowired
	StatementCounter statements;

	@Test
	void everySectionComesBackWithWhatTheClinicRecorded() {
		var whole = this.records.wholeRecord();
		var read = new Collected();

		this.reader.read(whole.clientId(), read);

		assertThat(read.size).isEqualTo(new RecordSize(1, 1, 1));
		assertThat(read.client.legalName()).isEqualTo("Session Client");
		assertThat(read.client.emergencyContacts()).singleElement()
			.satisfies(contact -> assertThat(contact.getName()).isEqualTo("Kim Contact"));

		assertThat(read.intake).extracting(IntakeVersionInFull::number).containsExactly(1, 2);
		assertThat(read.intake.get(0).changes()).isEmpty();
		assertThat(read.intake.get(0).completedByName()).isEqualTo("Test therapist");
		assertThat(read.intake.get(0).answered())
			.anySatisfy(answer -> assertThat(answer.question()).startsWith("Your stop signal"))
			.anySatisfy(answer -> assertThat(answer.answer()).isEqualTo("pineapple"));
		assertThat(read.intake.get(1).changes()).singleElement().satisfies(change -> {
			assertThat(change.question()).contains("flashbacks");
			assertThat(change.before()).isEqualTo("No");
			assertThat(change.after()).isEqualTo("Yes");
		});
		assertThat(read.intake.get(1).answers().getFlashbacks()).isTrue();
		assertThat(read.intake.get(1).clientsOwn()).isNull();

		assertThat(read.consents).extracting(ConsentRecord::kind)
			.containsExactly(ConsentKind.TREATMENT, ConsentKind.PROVIDER_COMMUNICATION);
		assertThat(read.consents.get(0).method()).isEqualTo(ConsentMethod.WRITTEN);
		assertThat(read.consents.get(0).withdrawal()).isNull();
		assertThat(read.consents.get(0).intact()).isTrue();
		assertThat(read.consents.get(1).providerName()).isEqualTo("Dr Test Provider");
		assertThat(read.consents.get(1).withdrawal()).satisfies(withdrawal -> {
			assertThat(withdrawal.byTheClient()).isTrue();
			assertThat(withdrawal.reason()).isEqualTo("Asked to stop");
			assertThat(withdrawal.recordedByName()).isEqualTo("Test therapist");
		});

		assertThat(read.holds).singleElement().satisfies(hold -> {
			assertThat(hold.id()).isEqualTo(whole.holdId());
			assertThat(hold.kind()).isEqualTo(FlagKind.REFER_AND_PAUSE);
			assertThat(hold.isActive()).isFalse();
			assertThat(hold.reasons()).singleElement().satisfies(reason -> {
				assertThat(reason.answer()).isEqualTo("flashbacks");
				assertThat(reason.source()).isEqualTo(HoldSource.INTAKE);
			});
			assertThat(hold.referral().step()).isEqualTo(ClearanceStep.REFERRAL);
			assertThat(hold.referral().recordedByName()).isEqualTo("Referring therapist");
			assertThat(hold.clearance().licensedRole()).isEqualTo(LicensedRole.PSYCHOLOGIST);
			assertThat(hold.clearance().note()).isEqualTo("Safe to resume gentle work");
			assertThat(hold.clearance().recordedByName()).isEqualTo("Clearing therapist");
		});

		assertThat(read.sessions).singleElement().satisfies(session -> {
			assertThat(session.id()).isEqualTo(whole.sessionId());
			assertThat(session.sessionTypeName()).isNull();
			assertThat(session.checkIn().tensionBefore()).isEqualTo(7);
			assertThat(session.checkIn().arrival()).isEqualTo("Tight chest after a hard week");
			assertThat(session.entries()).extracting(SessionRecordInFull.Entry::kind)
				.containsExactly(EntryKind.EVENT, EntryKind.WORDS, EntryKind.WITHDRAWAL, EntryKind.EVENT);
			assertThat(session.entries().get(1).words()).isEqualTo("warmth spreading across my back");
			assertThat(session.entries().get(2).region()).isEqualTo(BodyRegion.CHEST);
			assertThat(session.entries().get(3).event()).isEqualTo(ReleaseEvent.WARMTH);
			assertThat(session.entries().get(3).isStruck()).isTrue();
			assertThat(session.entries().subList(0, 3)).noneMatch(SessionRecordInFull.Entry::isStruck);
			assertThat(session.ending().tensionAfter()).isEqualTo(3);
			assertThat(session.ending().grounding()).isEqualTo("Feet on the floor, three slow breaths");
			assertThat(session.ending().subjective()).isEqualTo("Said the chest felt lighter");
			assertThat(session.ending().plan()).isEqualTo("Same approach in two weeks");
			assertThat(session.isSigned()).isTrue();
			assertThat(session.signedByName()).isEqualTo("Test therapist");
			assertThat(session.amendments()).singleElement().satisfies(amendment -> {
				assertThat(amendment.reason()).isEqualTo("Left out at signing");
				assertThat(amendment.body()).contains("window");
				assertThat(amendment.authorName()).isEqualTo("Test therapist");
				assertThat(amendment.createdAt()).isNotNull();
			});
		});

		assertThat(read.plans).singleElement().satisfies(plan -> {
			assertThat(plan.sessionId()).isEqualTo(whole.sessionId());
			assertThat(plan.plan().id()).isEqualTo(whole.planId());
			assertThat(plan.plan().notes()).isEqualTo("Rest this evening and drink water");
			assertThat(plan.plan().items()).hasSize(2);
			assertThat(plan.plan().handedOverAt()).isNotNull();
			assertThat(plan.checkIns()).singleElement().satisfies(checkIn -> {
				assertThat(checkIn.feeling()).isEqualTo(4);
				assertThat(checkIn.words()).isEqualTo("Slept well, a little tearful in the morning");
			});
		});

		assertThat(read.bookings).singleElement().satisfies(booking -> {
			assertThat(booking.id()).isEqualTo(whole.bookingId());
			assertThat(booking.sessionTypeName()).isNotBlank();
			assertThat(booking.therapistName()).isNotBlank();
		});
	}

	@Test
	void sessionsComeInPagesOfTwentyWithoutMissingOrRepeatingOne() {
		long clientId = this.fixtures.client("Many Sessions");
		long therapistId = this.fixtures.staffId(this.fixtures.staffMember(Role.THERAPIST));
		this.records.signedSessions(clientId, therapistId, 45);
		List<Integer> pageSizes = new ArrayList<>();
		List<Long> ids = new ArrayList<>();

		this.reader.sessions(clientId, page -> {
			pageSizes.add(page.items().size());
			page.items().forEach(session -> ids.add(session.id()));
		});

		assertThat(pageSizes).containsExactly(20, 20, 5);
		assertThat(ids).doesNotHaveDuplicates().hasSize(45).isSorted();
		assertThat(this.reader.size(clientId).sessionPages()).isEqualTo(3);
	}

	@Test
	void readingSessionsCostsTheSameStatementsForEachPageHoweverFullItIs() {
		long therapistId = this.fixtures.staffId(this.fixtures.staffMember(Role.THERAPIST));
		int[] statementsFor = new int[4];
		int[] sessionCounts = { 1, 20, 21, 40 };
		for (int i = 0; i < sessionCounts.length; i++) {
			long clientId = this.fixtures.client("Counted Sessions");
			this.records.signedSessions(clientId, therapistId, sessionCounts[i]);
			this.statements.start();
			try {
				this.reader.sessions(clientId, page -> {
				});
			}
			finally {
				statementsFor[i] = this.statements.stop().size();
			}
		}

		int onePage = statementsFor[0];
		// a full first page asks once more whether a second page has anything
		assertThat(statementsFor[1]).isEqualTo(onePage + 1);
		assertThat(statementsFor[2]).isEqualTo(2 * onePage);
		assertThat(statementsFor[3]).isEqualTo(2 * onePage + 1);
		assertThat(onePage).isLessThanOrEqualTo(4);
	}

	/** Keeps what the reader hands over; the pages of a small record are few. */
	static class Collected implements RecordVisitor {

		RecordSize size;

		ClientView client;

		List<IntakeVersionInFull> intake;

		List<ConsentRecord> consents;

		List<HoldRecord> holds;

		final List<SessionRecordInFull> sessions = new ArrayList<>();

		final List<HandedOverPlan> plans = new ArrayList<>();

		final List<BookingView> bookings = new ArrayList<>();

		@Override
		public void size(RecordSize size) {
			this.size = size;
		}

		@Override
		public void details(ClientView client) {
			this.client = client;
		}

		@Override
		public void intake(List<IntakeVersionInFull> versions) {
			this.intake = versions;
		}

		@Override
		public void consents(List<ConsentRecord> consents) {
			this.consents = consents;
		}

		@Override
		public void holds(List<HoldRecord> holds) {
			this.holds = holds;
		}

		@Override
		public void sessions(RecordPage<SessionRecordInFull> page) {
			this.sessions.addAll(page.items());
		}

		@Override
		public void aftercare(RecordPage<HandedOverPlan> page) {
			this.plans.addAll(page.items());
		}

		@Override
		public void bookings(RecordPage<BookingView> page) {
			this.bookings.addAll(page.items());
		}

	}

}
