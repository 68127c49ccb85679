package com.holdspace.records;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.holdspace.HoldspaceApplication;
import com.holdspace.TestClockConfiguration;
import com.holdspace.TestMailConfiguration;
import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Writes one client's whole record as a PDF in a JVM of its own, started by {@link RecordPdfTests},
 * with a heap budget on top of what the application itself holds: once the application has started
 * and been collected, a ballast array takes all the heap but {@value #BUDGET_PROPERTY} megabytes, so
 * the document must be written in that much, whatever the application needs for itself. The bound
 * is then a hard one (past it the JVM fails with OutOfMemoryError), and it stays the same as the
 * application grows.
 *
 * <p>Prints one line for the test to read: the time taken, the heap the application held, the budget
 * left, and the most heap the document held beyond the application and the ballast after any full
 * collection while it was written (what was really held, garbage aside), with the number of full
 * collections. Arguments: client id, output file, then the application's own arguments.
 */
public final class RecordPdfInASmallHeap {

	static final String RESULT = "RECORD-PDF-RESULT";

	static final String BUDGET_PROPERTY = "holdspace.records.heap-budget-mb";

	private static final AtomicLong FULL_COLLECTIONS = new AtomicLong();

	private RecordPdfInASmallHeap() {
	}

	public static void main(String[] args) throws Exception {
		run(args, (context, clientId, out) -> context.getBean(RecordPdf.class).write(clientId, out, RecordProgress.NONE));
	}

	/** Writes the client's document with {@code writer}, measured as described above, then exits. */
	static void run(String[] args, Writer writer) {
		int status = 1;
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(HoldspaceApplication.class,
				TestClockConfiguration.class, TestMailConfiguration.class)
			.profiles("test")
			// a servlet application as in production (its sign-ins live in PostgreSQL), on a free port
			.properties("server.port=0", "spring.main.register-shutdown-hook=false", "spring.jmx.enabled=false",
					"logging.level.root=WARN")
			.run(Arrays.copyOfRange(args, 2, args.length))) {
			long clientId = Long.parseLong(args[0]);
			Path file = Path.of(args[1]);
			System.gc();
			long application = heapInUse();
			long budget = Long.getLong(BUDGET_PROPERTY) * 1024 * 1024;
			byte[] ballast = new byte[(int) (Runtime.getRuntime().maxMemory() - application - budget)];
			System.gc();
			long held = heapInUse();
			AtomicLong peak = watchFullCollections();
			long started = System.nanoTime();
			try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
				writer.write(context, clientId, out);
			}
			long millis = (System.nanoTime() - started) / 1_000_000;
			Reference.reachabilityFence(ballast);
			System.out.println(RESULT + " millis=" + millis + " application=" + application + " budget="
					+ (Runtime.getRuntime().maxMemory() - held) + " peak=" + Math.max(0, peak.get() - held)
					+ " fullCollections=" + FULL_COLLECTIONS.get());
			status = 0;
		}
		catch (Throwable failed) {
			failed.printStackTrace(System.out);
		}
		finally {
			System.out.flush();
			// the mail server and the pool have threads of their own
			System.exit(status);
		}
	}

	/** Writes one client's document into a stream. */
	@FunctionalInterface
	interface Writer {

		void write(ApplicationContext context, long clientId, OutputStream out) throws Exception;

	}

	private static long heapInUse() {
		return ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(pool -> pool.getType() == MemoryType.HEAP)
			.mapToLong(pool -> pool.getUsage().getUsed())
			.sum();
	}

	/** The most heap in use just after a full collection, over every full collection from now on. */
	private static AtomicLong watchFullCollections() {
		AtomicLong peak = new AtomicLong();
		for (var collector : ManagementFactory.getGarbageCollectorMXBeans()) {
			((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
				if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
					return;
				}
				var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
				if (!info.getGcAction().contains("major")) {
					// a young collection leaves the old generation's garbage in place: only a full one tells what is held
					return;
				}
				FULL_COLLECTIONS.incrementAndGet();
				long after = info.getGcInfo()
					.getMemoryUsageAfterGc()
					.entrySet()
					.stream()
					.filter(pool -> isHeap(pool.getKey()))
					.mapToLong(pool -> pool.getValue().getUsed())
					.sum();
				peak.accumulateAndGet(after, Math::max);
			}, null, null);
		}
		return peak;
	}

	private static boolean isHeap(String poolName) {
		return ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(pool -> pool.getName().equals(poolName))
			.map(MemoryPoolMXBean::getType)
			.anyMatch(MemoryType.HEAP::equals);
	}

}
