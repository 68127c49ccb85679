package com.holdspace.records;

import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.holdspace.clinic.ClinicSettings;
import com.holdspace.messaging.MessagingProperties;
import com.holdspace.shared.ClinicTime;
import com.holdspace.shared.PdfRenderer;

/**
 * The client's whole record as one readable PDF: a cover with the contents, then details and
 * emergency contacts, the intake version by version, consents and withdrawals, holds, every session
 * record with its amendments beside it, aftercare plans with the client's check-ins, and bookings.
 *
 * <p>It is never held whole: each section, and each page of {@value ClientRecordReader#PAGE_SIZE}
 * sessions, plans or bookings, is read and rendered on its own into a temporary file
 * ({@link PdfParts}); the cover, which lists where each section starts, is rendered last; then the
 * files are put together straight into the output and deleted. Progress counts one part per file,
 * and one more for putting them together.
 */
@Component
class RecordPdf implements RecordDocument {

	private final ClientRecordReader reader;

	private final PdfRenderer pdf;

	private final ClinicTime clinicTime;

	private final ClinicSettings clinicSettings;

	private final MessagingProperties messaging;

	private final MessageSource messages;

	RecordPdf(ClientRecordReader reader, PdfRenderer pdf, ClinicTime clinicTime, ClinicSettings clinicSettings,
			MessagingProperties messaging, MessageSource messages) {
		this.reader = reader;
		this.pdf = pdf;
		this.clinicTime = clinicTime;
		this.clinicSettings = clinicSettings;
		this.messaging = messaging;
		this.messages = messages;
	}

	@Override
	public void write(long clientId, OutputStream out, RecordProgress progress) {
		Instant producedAt = this.clinicTime.clock().instant();
		RecordSize size = this.reader.size(clientId);
		// details, intake, consents, holds; each paged section (at least one part, to say it is empty);
		// the cover; putting it all together
		int total = 4 + Math.max(1, size.sessionPages()) + Math.max(1, size.aftercarePages())
				+ Math.max(1, size.bookingPages()) + 1 + 1;
		var done = new PartProgress(progress, total);
		RecordOpening opening = this.reader.opening(clientId);
		Map<String, Object> common = new HashMap<>();
		common.put("client", opening.client());
		common.put("clinicName", this.messaging.clinicName());
		common.put("time", this.clinicTime);
		List<ContentsLine> contents = new ArrayList<>();
		try (PdfParts parts = PdfParts.inTemporaryFolder(clientId)) {
			contents.add(part(parts, "details", common, Map.of(), null, done));
			contents.add(part(parts, "intake", common, Map.of("versions", opening.intake()),
					count("intake", opening.intake().size()), done));
			contents.add(part(parts, "consents", common, Map.of("consents", opening.consents()),
					count("consents", opening.consents().size()), done));
			contents.add(part(parts, "holds", common, Map.of("holds", opening.holds()),
					count("holds", opening.holds().size()), done));
			var sessions = new Span();
			contents.add(paged(parts, "sessions", common, each -> this.reader.sessions(clientId,
					page -> each.accept(sessions.seen(page, session -> session.startedAt()))), done)
				.withDetail(sessions.detail(count("sessions", size.sessions()))));
			contents.add(paged(parts, "aftercare", common,
					each -> this.reader.aftercare(clientId, each::accept), done)
				.withDetail(count("aftercare", size.aftercarePlans())));
			contents.add(paged(parts, "bookings", common,
					each -> this.reader.bookings(clientId, each::accept), done)
				.withDetail(count("bookings", size.bookings())));
			String producedOn = this.clinicTime.format(LocalDate.ofInstant(producedAt, this.clinicTime.zone()),
					"d MMMM yyyy");
			PdfParts.Part cover = cover(parts, common, contents, producedOn);
			done.one();
			String name = opening.client().legalName();
			parts.putTogether(cover, out, text("record.pdf.title", name), this.messaging.clinicName(),
					GregorianCalendar.from(producedAt.atZone(this.clinicTime.zone())),
					(page, pages) -> text("record.pdf.footer", name, producedOn, page, pages));
			done.one();
		}
	}

	/** One section rendered whole, as one part. */
	private ContentsLine part(PdfParts parts, String section, Map<String, Object> common, Map<String, Object> variables,
			String detail, PartProgress done) {
		Map<String, Object> all = new HashMap<>(common);
		all.putAll(variables);
		int startsOn = parts.add(sectionTitle(section),
				out -> this.pdf.render("records/pdf-" + section, all, out));
		done.one();
		return new ContentsLine("record.pdf.section." + section, startsOn, detail);
	}

	/** A section rendered a page at a time, one part each; an empty section still says so, in a part of its own. */
	private ContentsLine paged(PdfParts parts, String section, Map<String, Object> common, PageSource pages,
			PartProgress done) {
		int startsOn = parts.pages() + 1;
		var rendered = new int[] { 0 };
		pages.each(page -> {
			Map<String, Object> variables = new HashMap<>(common);
			variables.put("page", page);
			parts.add(page.first() ? sectionTitle(section) : null,
					out -> this.pdf.render("records/pdf-" + section, variables, out));
			rendered[0]++;
			done.one();
		});
		if (rendered[0] == 0) {
			Map<String, Object> variables = new HashMap<>(common);
			variables.put("page", new RecordPage<>(1, List.of()));
			parts.add(sectionTitle(section), out -> this.pdf.render("records/pdf-" + section, variables, out));
			done.one();
		}
		return new ContentsLine("record.pdf.section." + section, startsOn, null);
	}

	/**
	 * The cover and contents, rendered once the body is, so the contents can say where each section
	 * starts. They take two pages; should a long name push them further, they are numbered again.
	 */
	private PdfParts.Part cover(PdfParts parts, Map<String, Object> common, List<ContentsLine> contents,
			String producedOn) {
		Map<String, Object> variables = new HashMap<>(common);
		variables.put("producedOn", producedOn);
		variables.put("crisisLines", this.clinicSettings.crisisContacts());
		variables.put("contactLines", this.clinicSettings.contactLines());
		int coverPages = 2;
		PdfParts.Part cover = null;
		for (int attempt = 0; attempt < 3 && (cover == null || cover.pages() != coverPages); attempt++) {
			if (cover != null) {
				coverPages = cover.pages();
			}
			int offset = coverPages;
			variables.put("contents", contents.stream().map(line -> line.after(offset)).toList());
			cover = parts.render(text("record.pdf.contents"), out -> this.pdf.render("records/pdf-cover", variables, out));
		}
		return cover;
	}

	private String count(String section, int count) {
		return text("record.pdf.contents.count." + section, count);
	}

	private String sectionTitle(String section) {
		return text("record.pdf.section." + section);
	}

	private String text(String code, Object... args) {
		return this.messages.getMessage(code, args, ClientRecordReader.LOCALE);
	}

	@FunctionalInterface
	private interface PageSource {

		void each(Consumer<RecordPage<?>> page);

	}

	/** The first and last session's day, seen as the pages go by, for the contents. */
	private final class Span {

		private Instant first;

		private Instant last;

		<T> RecordPage<T> seen(RecordPage<T> page, Function<T, Instant> time) {
			if (!page.items().isEmpty()) {
				if (this.first == null) {
					this.first = time.apply(page.items().get(0));
				}
				this.last = time.apply(page.items().get(page.items().size() - 1));
			}
			return page;
		}

		String detail(String count) {
			if (this.first == null) {
				return count;
			}
			return count + ", " + text("record.pdf.contents.span", RecordPdf.this.clinicTime.date(this.first),
					RecordPdf.this.clinicTime.date(this.last));
		}

	}

}
