package com.holdspace;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Many requests let go at the same moment, for tests that PostgreSQL lets exactly one through. */
public final class Race {

	private Race() {
	}

	/** Runs the calls at once, a thread each; answers what each returned, or the exception it threw. */
	public static <T> List<Object> run(List<Callable<T>> calls) throws InterruptedException {
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(calls.size());
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (Callable<T> call : calls) {
				futures.add(pool.submit(() -> {
					go.await();
					return call.call();
				}));
			}
			go.countDown();
			List<Object> outcomes = new ArrayList<>();
			for (Future<T> future : futures) {
				try {
					outcomes.add(future.get());
				}
				catch (ExecutionException refused) {
					outcomes.add(refused.getCause());
				}
			}
			return outcomes;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
