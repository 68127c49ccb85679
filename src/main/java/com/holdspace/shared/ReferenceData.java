package com.holdspace.shared;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What nearly every page shows and the admin rarely changes (session types, rooms, sites, staff
 * names, clinic settings, the numbers of the consent texts, therapists' working hours and time
 * off), read once and kept in memory.
 * <p>
 * Each kept copy belongs to the table it was read from. PostgreSQL moves a table's version on at
 * every change to it (V54), whoever makes the change; each instance reads the versions twice a second
 * and forgets the copies of a table that moved, so an admin's edit shows on every instance within a
 * second. The instance that made the change through its own entities forgets at once, at commit
 * ({@link ReferenceRowListener}).
 */
@Component
public class ReferenceData implements SmartLifecycle {

	public static final String SESSION_TYPES = "session-types";

	public static final String ROOMS = "rooms";

	public static final String SITES = "sites";

	public static final String STAFF = "staff";

	public static final String CLINIC_SETTINGS = "clinic-settings";

	public static final String CONSENT_TEXTS = "consent-texts";

	public static final String WORKING_HOURS = "working-hours";

	public static final String TIME_OFF = "time-off";

	/** The table each cache is read from. */
	private static final Map<String, String> TABLES = Map.of(SESSION_TYPES, "session_type", ROOMS, "room", SITES,
			"site", STAFF, "account", CLINIC_SETTINGS, "clinic_setting", CONSENT_TEXTS, "consent_document_version",
			WORKING_HOURS, "working_hours", TIME_OFF, "time_off");

	private static final Logger log = LoggerFactory.getLogger(ReferenceData.class);

	private final CacheManager caches;

	private final JdbcTemplate jdbc;

	private final long checkMillis;

	private final Map<String, Long> seen = new HashMap<>();

	/** Tables that moved at the last check: forgotten once more at the next, see {@link #check()}. */
	private Set<String> movedLastTime = Set.of();

	private ScheduledExecutorService watch;

	ReferenceData(CacheManager caches, JdbcTemplate jdbc,
			@Value("${holdspace.reference-data.check-interval:PT0.5S}") java.time.Duration check) {
		this.caches = caches;
		this.jdbc = jdbc;
		this.checkMillis = check.toMillis();
	}

	/** The kept copy under this key, read with {@code reader} the first time or after a change. */
	@SuppressWarnings("unchecked")
	public <T> T get(String cache, Object key, Supplier<T> reader) {
		return (T) cache(cache).get(key, reader::get);
	}

	/**
	 * Forgets the copies read from {@code table} now, so the rest of this transaction reads its own
	 * change, and again when the transaction ends, committed or not: a copy put back in between may
	 * hold what this transaction wrote and another has not yet seen, or what a rollback undid.
	 */
	public void changed(String table) {
		forget(table);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					forget(table);
				}
			});
		}
	}

	/**
	 * Reads the versions now and forgets what moved, twice over, so that nothing written before this
	 * call is forgotten later by the watch: for a test that counts what a page reads.
	 */
	public void catchUp() {
		check();
		check();
	}

	/** Forgets every copy, for a test that rewrote the tables underneath. */
	public void forgetAll() {
		TABLES.keySet().forEach(name -> cache(name).clear());
	}

	/**
	 * Reads the versions and forgets what moved. A copy being read while the change committed could
	 * be put back just after it was forgotten, so what moved is forgotten again at the next check.
	 */
	synchronized void check() {
		Map<String, Long> now = new HashMap<>();
		this.jdbc.query("select name, version from reference_version", row -> {
			now.put(row.getString(1), row.getLong(2));
		});
		this.movedLastTime.forEach(this::forget);
		Set<String> moved = new HashSet<>();
		now.forEach((table, version) -> {
			Long before = this.seen.put(table, version);
			if (before != null && !before.equals(version)) {
				moved.add(table);
			}
		});
		moved.forEach(this::forget);
		this.movedLastTime = moved;
	}

	private void forget(String table) {
		TABLES.forEach((cache, source) -> {
			if (source.equals(table)) {
				cache(cache).clear();
			}
		});
	}

	private Cache cache(String name) {
		Cache cache = this.caches.getCache(name);
		if (cache == null) {
			throw new IllegalStateException("No cache " + name + " (spring.cache.cache-names)");
		}
		return cache;
	}

	@Override
	public void start() {
		try {
			check();
		}
		catch (RuntimeException ex) {
			log.debug("Reference data versions not read at start: {}", ex.getMessage());
		}
		this.watch = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "reference-data-watch");
			thread.setDaemon(true);
			return thread;
		});
		this.watch.scheduleWithFixedDelay(() -> {
			try {
				check();
			}
			catch (RuntimeException ex) {
				// the database is away for a moment; copies stay until it answers, then what moved goes
				log.debug("Reference data versions not read: {}", ex.getMessage());
			}
		}, this.checkMillis, this.checkMillis, TimeUnit.MILLISECONDS);
	}

	@Override
	public void stop() {
		if (this.watch != null) {
			this.watch.shutdownNow();
			this.watch = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.watch != null;
	}

	static List<String> cacheNames() {
		return List.copyOf(TABLES.keySet());
	}

}
