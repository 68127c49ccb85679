package com.holdspace.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * The job writes the PDF with the record's PDF writer, never with another document of the record
 * (its FHIR bundle); with none there the application still starts. A bare bean factory, as the
 * application's would choose.
 */
@Tag("fast")
class PdfWriterChoiceTests {

	static class Fhir implements RecordDocument {

		@Override
		public void write(long clientId, OutputStream out, RecordProgress progress) {
		}

	}

	static class Pdf implements RecordDocument {

		@Override
		public void write(long clientId, OutputStream out, RecordProgress progress) {
		}

	}

	static class Job {

		final ObjectProvider<RecordDocument> documents;

		Job(@Qualifier(RecordExportJob.PDF) ObjectProvider<RecordDocument> documents) {
			this.documents = documents;
		}

	}

	@Test
	void thePdfIsWrittenByThePdfWriterNeverByTheBundle() {
		try (var context = new AnnotationConfigApplicationContext()) {
			context.registerBean("fhirRecordDocument", Fhir.class);
			context.registerBean(RecordExportJob.PDF, Pdf.class);
			context.registerBean(Job.class);
			context.refresh();
			assertThat(context.getBean(Job.class).documents.getIfAvailable()).isInstanceOf(Pdf.class);
		}
	}

	@Test
	void withoutAPdfWriterThereIsNoneAndTheBundleIsNotTakenForIt() {
		try (var context = new AnnotationConfigApplicationContext()) {
			context.registerBean("fhirRecordDocument", Fhir.class);
			context.registerBean(Job.class);
			context.refresh();
			assertThat(context.getBean(Job.class).documents.getIfAvailable()).isNull();
		}
	}

}
