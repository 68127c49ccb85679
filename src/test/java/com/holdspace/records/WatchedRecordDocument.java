package com.holdspace.records;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The record's real writer, watched: what it writes is kept to compare with what is downloaded,
 * and it can be held after a number of parts (its progress already told) until the test lets it go
 * on, so a page can be seen following it half way.
 */
final class WatchedRecordDocument implements RecordDocument {

	private final RecordDocument real;

	private final int holdAfter;

	private final CountDownLatch reached = new CountDownLatch(1);

	private final CountDownLatch goOn = new CountDownLatch(1);

	private final ByteArrayOutputStream written = new ByteArrayOutputStream();

	/** @param holdAfter the part after which it waits; 0 never to wait */
	WatchedRecordDocument(RecordDocument real, int holdAfter) {
		this.real = real;
		this.holdAfter = holdAfter;
	}

	@Override
	public void write(long clientId, OutputStream out, RecordProgress progress) {
		OutputStream both = new OutputStream() {
			@Override
			public void write(int b) throws IOException {
				out.write(b);
				WatchedRecordDocument.this.written.write(b);
			}

			@Override
			public void write(byte[] bytes, int offset, int length) throws IOException {
				out.write(bytes, offset, length);
				WatchedRecordDocument.this.written.write(bytes, offset, length);
			}

			@Override
			public void flush() throws IOException {
				out.flush();
			}
		};
		this.real.write(clientId, both, new RecordProgress() {
			@Override
			public void total(int parts) {
				progress.total(parts);
			}

			@Override
			public void done(int parts) {
				progress.done(parts);
				if (parts == WatchedRecordDocument.this.holdAfter) {
					hold();
				}
			}
		});
	}

	private void hold() {
		this.reached.countDown();
		try {
			if (!this.goOn.await(30, TimeUnit.SECONDS)) {
				throw new IllegalStateException("The test never let the writing go on");
			}
		}
		catch (InterruptedException stopped) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(stopped);
		}
	}

	/** Waits until the writer is held; true when it got there. */
	boolean held() throws InterruptedException {
		return this.reached.await(60, TimeUnit.SECONDS);
	}

	void letGo() {
		this.goOn.countDown();
	}

	byte[] written() {
		return this.written.toByteArray();
	}

}
