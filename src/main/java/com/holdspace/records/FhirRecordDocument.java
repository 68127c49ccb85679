package com.holdspace.records;

import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.hl7.fhir.r4.model.Resource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import com.holdspace.aftercare.HandedOverPlan;
import com.holdspace.booking.BookingView;
import com.holdspace.client.ClientView;
import com.holdspace.consent.ConsentRecord;
import com.holdspace.intake.HoldRecord;
import com.holdspace.intake.IntakeVersionInFull;
import com.holdspace.session.SessionRecordInFull;
import com.holdspace.shared.ClinicTime;

import ca.uhn.fhir.context.FhirContext;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * A client's whole record as a FHIR R4 {@code collection} bundle, written as {@link ClientRecordReader}
 * reads it, a section or a page at a time: nothing but the page in hand and the ids of the staff
 * already written is held, whatever the number of sessions.
 * <p>
 * A {@code collection}, not a {@code document}: a document is one composition attested as a whole at
 * one moment, its first entry a {@code Composition} that lists every section before any of them is
 * written; a record is many resources each with its own author, time and status, gathered to travel
 * together, which is what R4 calls a collection. Every reference points at an entry of the bundle by
 * its {@code urn:uuid:} full URL (or names a person outside the clinic), so the bundle stands alone.
 */
@Service(FhirRecordDocument.NAME)
class FhirRecordDocument implements RecordDocument {

	/** Its name among the record's documents (the PDF's writer is another). */
	static final String NAME = "recordFhir";

	private static final FhirContext FHIR = FhirContext.forR4Cached();

	private final ClientRecordReader reader;

	private final MessageSource messages;

	private final ClinicTime clinicTime;

	private final FhirIds ids;

	private final String clinicName;

	FhirRecordDocument(ClientRecordReader reader, MessageSource messages, ClinicTime clinicTime,
			@Value("${holdspace.public-url:http://localhost:8080}") String publicUrl,
			@Value("${holdspace.mail.from:Holdspace clinic <clinic@holdspace.example>}") String from) {
		this.reader = reader;
		this.messages = messages;
		this.clinicTime = clinicTime;
		this.ids = new FhirIds(publicUrl);
		this.clinicName = nameOf(from);
	}

	/** The media type of what {@link #write} writes. */
	static final String MEDIA_TYPE = "application/fhir+json";

	@Override
	public void write(long clientId, OutputStream out, RecordProgress progress) {
		var now = this.clinicTime.clock().instant();
		var bundleId = UUID.randomUUID().toString();
		FhirBundleWriter writer = new FhirBundleWriter(FHIR, out, bundleId, now);
		this.reader.read(clientId, new Entries(clientId, writer, progress, now));
		writer.finish();
	}

	private static String nameOf(String from) {
		try {
			String personal = new InternetAddress(from).getPersonal();
			return (personal != null && !personal.isBlank()) ? personal : "Holdspace clinic";
		}
		catch (AddressException notAnAddress) {
			return "Holdspace clinic";
		}
	}

	/** Turns each section, as it is read, into entries of the bundle. */
	private final class Entries implements RecordVisitor {

		private final long clientId;

		private final FhirBundleWriter writer;

		private final RecordProgress progress;

		private final java.time.Instant now;

		private final FhirWords words = new FhirWords(FhirRecordDocument.this.messages, ClientRecordReader.LOCALE);

		private final FhirCodes codes = new FhirCodes(FhirRecordDocument.this.ids);

		/** Staff written as a Practitioner so far: a clinic's staff, a few dozen at most. */
		private final Set<Long> practitioners = new HashSet<>();

		private FhirScope scope;

		private RecordSize size;

		private int partsDone;

		private int plansWritten;

		Entries(long clientId, FhirBundleWriter writer, RecordProgress progress, java.time.Instant now) {
			this.clientId = clientId;
			this.writer = writer;
			this.progress = progress;
			this.now = now;
		}

		@Override
		public void size(RecordSize size) {
			this.size = size;
			this.progress.total(1 + size.sessionPages() + size.aftercarePages() + size.bookingPages());
		}

		@Override
		public void details(ClientView client) {
			this.scope = new FhirScope(FhirRecordDocument.this.ids, FhirRecordDocument.this.clinicTime.zone(),
					this.clientId, client.legalName());
			var people = new FhirPeople(this.scope);
			this.writer.add(people.clinic(FhirRecordDocument.this.clinicName));
			this.writer.add(people.patient(client));
			this.writer.add(this.codes.codeSystem(FhirRecordDocument.this.clinicName));
		}

		@Override
		public void intake(List<IntakeVersionInFull> versions) {
			if (versions.isEmpty()) {
				return;
			}
			var intake = new FhirIntake(this.scope, this.words);
			this.writer.add(intake.questionnaire(FhirRecordDocument.this.clinicName));
			versions.forEach(version -> this.writer.add(intake.response(version)));
			IntakeVersionInFull newest = versions.get(versions.size() - 1);
			if (newest.extendedSuggested()) {
				this.writer.add(new FhirFlags(this.scope, this.words).extendedSession(newest));
			}
		}

		@Override
		public void consents(List<ConsentRecord> consents) {
			var mapping = new FhirConsents(this.scope);
			consents.forEach(consent -> this.writer.add(mapping.consent(consent)));
		}

		@Override
		public void holds(List<HoldRecord> holds) {
			var mapping = new FhirFlags(this.scope, this.words);
			holds.forEach(hold -> this.writer.add(mapping.hold(hold)));
			done();
		}

		@Override
		public void sessions(RecordPage<SessionRecordInFull> page) {
			var mapping = new FhirSessions(this.scope, this.words, this.codes);
			for (SessionRecordInFull session : page.items()) {
				practitioner(session.therapistId(), session.therapistName());
				mapping.session(session).forEach(this.writer::add);
			}
			done();
		}

		@Override
		public void aftercare(RecordPage<HandedOverPlan> page) {
			var mapping = new FhirCarePlans(this.scope, this.codes);
			for (HandedOverPlan plan : page.items()) {
				this.plansWritten++;
				List<Resource> resources = mapping.plan(plan, this.plansWritten >= this.size.aftercarePlans());
				resources.forEach(this.writer::add);
			}
			done();
		}

		@Override
		public void bookings(RecordPage<BookingView> page) {
			var mapping = new FhirAppointments(this.scope);
			for (BookingView booking : page.items()) {
				practitioner(booking.therapistId(), booking.therapistName());
				this.writer.add(mapping.appointment(booking, this.now));
			}
			done();
		}

		private void practitioner(long accountId, String name) {
			if (this.practitioners.add(accountId)) {
				this.writer.add(new FhirPeople(this.scope).practitioner(accountId, name));
			}
		}

		private void done() {
			this.progress.done(++this.partsDone);
		}

	}

}
