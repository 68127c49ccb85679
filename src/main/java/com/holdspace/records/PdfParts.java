package com.holdspace.records;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.springframework.core.io.ClassPathResource;

/**
 * A PDF written a part at a time: each part is rendered into a file of its own in a temporary
 * folder, and only when all are there are they put together, in order, straight into the output.
 * Putting them together keeps the pages' contents in temporary files rather than in memory
 * (PDFBox's temp-file-only stream cache), numbers every page but the first at its foot and adds
 * a bookmark for each part that names one. Closing deletes the folder and everything in it.
 */
final class PdfParts implements Closeable {

	/** A rendered part: its file, its pages, and the bookmark it starts (null for none). */
	record Part(Path file, int pages, String bookmark) {
	}

	/** Renders one part into the stream given, answering its number of pages. */
	@FunctionalInterface
	interface Renderer {

		int render(OutputStream out) throws IOException;

	}

	private static final float FOOT = 28f;

	private static final float MARGIN = 51f;

	private final Path folder;

	private final List<Part> body = new ArrayList<>();

	private int files;

	private int pages;

	private PdfParts(Path folder) {
		this.folder = folder;
	}

	/**
	 * A folder of its own under the temporary folder, named for the client, so that what a crash left
	 * behind can be found and removed (RecordExportJob, when it fails a copy that stalled).
	 */
	static PdfParts inTemporaryFolder(long clientId) {
		try {
			return new PdfParts(Files.createTempDirectory(TemporaryRecordFiles.prefix(clientId)));
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	/** Renders the next part of the body; answers the page it starts on in the body, from 1. */
	int add(String bookmark, Renderer renderer) {
		int startsOn = this.pages + 1;
		Part part = render(bookmark, renderer);
		this.body.add(part);
		this.pages += part.pages();
		return startsOn;
	}

	/** Renders a part that is not (yet) in the body, such as a cover written once the body is known. */
	Part render(String bookmark, Renderer renderer) {
		Path file = this.folder.resolve("part-%05d.pdf".formatted(++this.files));
		try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
			return new Part(file, renderer.render(out), bookmark);
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	/** The pages of the body so far. */
	int pages() {
		return this.pages;
	}

	/**
	 * Puts the first part and then the body together into {@code out}, which is left open. Every
	 * page after the first gets {@code footer} (page, of pages) at its foot; the document gets
	 * {@code title} and {@code author}, and a bookmark for each part that names one.
	 */
	void putTogether(Part first, OutputStream out, String title, String author, Calendar created,
			FooterText footer) {
		List<Part> all = new ArrayList<>();
		all.add(first);
		all.addAll(this.body);
		try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
			var merger = new PDFMergerUtility();
			PDDocumentOutline outline = new PDDocumentOutline();
			for (Part part : all) {
				// each part is closed once its pages are copied in, so only one is ever open
				try (PDDocument source = Loader.loadPDF(part.file().toFile(), IOUtils.createTempFileOnlyStreamCache())) {
					int startsAt = document.getNumberOfPages();
					merger.appendDocument(document, source);
					if (part.bookmark() != null && document.getNumberOfPages() > startsAt) {
						outline.addLast(bookmark(part.bookmark(), document.getPage(startsAt)));
					}
				}
			}
			document.getDocumentCatalog().setDocumentOutline(outline);
			number(document, footer);
			PDDocumentInformation information = document.getDocumentInformation();
			information.setTitle(title);
			information.setAuthor(author);
			information.setCreator(author);
			information.setCreationDate(created);
			document.save(new KeptOpen(out));
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	/** What goes at the foot of a page, given its number and the number of pages. */
	@FunctionalInterface
	interface FooterText {

		String of(int page, int pages);

	}

	private static void number(PDDocument document, FooterText footer) throws IOException {
		PDFont font;
		try (InputStream ttf = new ClassPathResource("fonts/DejaVuSans.ttf").getInputStream()) {
			font = PDType0Font.load(document, ttf);
		}
		int pages = document.getNumberOfPages();
		for (int index = 1; index < pages; index++) {
			PDPage page = document.getPage(index);
			try (var stream = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true,
					true)) {
				stream.beginText();
				stream.setFont(font, 8);
				stream.setNonStrokingColor(0.36f, 0.42f, 0.44f);
				stream.newLineAtOffset(MARGIN, FOOT);
				stream.showText(footer.of(index + 1, pages));
				stream.endText();
			}
		}
	}

	private static PDOutlineItem bookmark(String title, PDPage page) {
		var destination = new PDPageFitDestination();
		destination.setPage(page);
		var item = new PDOutlineItem();
		item.setTitle(title);
		item.setDestination(destination);
		return item;
	}

	@Override
	public void close() {
		try (var files = Files.list(this.folder)) {
			for (Path file : files.toList()) {
				Files.deleteIfExists(file);
			}
			Files.deleteIfExists(this.folder);
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	/** The caller's stream, which PDFBox would close after saving: flushed, never closed. */
	private static final class KeptOpen extends FilterOutputStream {

		KeptOpen(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			this.out.write(bytes, offset, length);
		}

		@Override
		public void close() throws IOException {
			flush();
		}

	}

}
