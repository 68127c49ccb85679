package com.holdspace.records;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A small but real PDF for a client's whole record, written with PDFBox a page per part and its
 * progress told as each is done, for tests that need the writing to fail or to span several file
 * parts: they hand it to the job in place of the record's own {@code RecordPdf}.
 */
class TestRecordDocument implements RecordDocument {

	static final int PARTS = 4;

	/** What each client's last document was, byte for byte, to compare with what is downloaded. */
	private final Map<Long, byte[]> written = new ConcurrentHashMap<>();

	private final Map<Long, Integer> padding = new ConcurrentHashMap<>();

	private final Map<Long, RuntimeException> failures = new ConcurrentHashMap<>();


	@Override
	public void write(long clientId, OutputStream out, RecordProgress progress) {
		RuntimeException failure = this.failures.get(clientId);
		progress.total(PARTS);
		try (PDDocument document = new PDDocument()) {
			var font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			for (int part = 1; part <= PARTS; part++) {
				PDPage page = new PDPage();
				document.addPage(page);
				try (var text = new PDPageContentStream(document, page)) {
					text.beginText();
					text.setFont(font, 14);
					text.newLineAtOffset(72, 700);
					text.showText("Whole record of client " + clientId + ", part " + part + " of " + PARTS);
					text.endText();
				}
				progress.done(part);
				if (failure != null && part == 2) {
					throw failure;
				}
			}
			int extra = this.padding.getOrDefault(clientId, 0);
			if (extra > 0) {
				// bytes that do not compress, so the file spans several parts
				byte[] noise = new byte[extra];
				new Random(clientId).nextBytes(noise);
				COSStream stream = document.getDocument().createCOSStream();
				try (OutputStream raw = stream.createRawOutputStream()) {
					raw.write(noise);
				}
				document.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("HoldspaceTestPadding"), stream);
			}
			ByteArrayOutputStream copy = new ByteArrayOutputStream();
			document.save(copy);
			this.written.put(clientId, copy.toByteArray());
			out.write(copy.toByteArray());
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	byte[] lastWrittenFor(long clientId) {
		return this.written.get(clientId);
	}

	TestRecordDocument padded(long clientId, int bytes) {
		this.padding.put(clientId, bytes);
		return this;
	}

	TestRecordDocument failing(long clientId, RuntimeException failure) {
		this.failures.put(clientId, failure);
		return this;
	}

}
