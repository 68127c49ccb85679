package com.holdspace;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's clock in tests. It runs like the real one until a test moves it to another
 * moment; from there it keeps running, so "a minute later" still means something. Every test
 * starts on the real time again ({@link TestClockReset}).
 */
public final class TestClock extends Clock {

	private final AtomicReference<Duration> offset;

	private final ZoneId zone;

	public TestClock() {
		this(new AtomicReference<>(Duration.ZERO), ZoneId.of("UTC"));
	}

	private TestClock(AtomicReference<Duration> offset, ZoneId zone) {
		this.offset = offset;
		this.zone = zone;
	}

	/** From now on the clock reads {@code moment}, then runs on from there. */
	public void moveTo(Instant moment) {
		this.offset.set(Duration.between(Instant.now(), moment));
	}

	public void reset() {
		this.offset.set(Duration.ZERO);
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(this.offset.get());
	}

	@Override
	public ZoneId getZone() {
		return this.zone;
	}

	/** A view in another zone that moves with this clock. */
	@Override
	public Clock withZone(ZoneId zone) {
		return new TestClock(this.offset, zone);
	}

}
