package com.holdspace.shared;

import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * For the benchmark only (bench/run sets {@code holdspace.bench.count-statements=true}): counts the
 * SQL statements the application sends and writes the running total to
 * {@code holdspace.bench.statement-file} ten times a second, so that the benchmark can divide the
 * statements of a round by its requests. Off in a clinic: nothing is wrapped.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "holdspace.bench.count-statements", havingValue = "true")
class BenchStatementCount {

	@Bean
	static Counted countedStatements(@Value("${holdspace.bench.statement-file}") Path file) {
		return new Counted(file);
	}

	@Bean
	static BeanPostProcessor statementCountingDataSource(org.springframework.beans.factory.ObjectProvider<Counted> counted) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				return (bean instanceof DataSource dataSource) ? counted.getObject().wrap(dataSource) : bean;
			}
		};
	}

	/** The running total, and the file it is written to. */
	static final class Counted implements DisposableBean {

		private final AtomicLong sent = new AtomicLong();

		private final Path file;

		private final ScheduledExecutorService writer;

		Counted(Path file) {
			this.file = file;
			this.writer = Executors.newSingleThreadScheduledExecutor(runnable -> {
				Thread thread = new Thread(runnable, "bench-statement-count");
				thread.setDaemon(true);
				return thread;
			});
			this.writer.scheduleWithFixedDelay(this::write, 100, 100, TimeUnit.MILLISECONDS);
		}

		DataSource wrap(DataSource dataSource) {
			return proxy(DataSource.class, dataSource, (target, method, args) -> {
				Object result = call(method, target, args);
				return (result instanceof Connection connection) ? connection(connection) : result;
			});
		}

		private Connection connection(Connection connection) {
			return proxy(Connection.class, connection, (target, method, args) -> {
				Object result = call(method, target, args);
				return (result instanceof Statement statement && !method.getName().equals("unwrap"))
						? statement(statement) : result;
			});
		}

		private Statement statement(Statement statement) {
			Class<? extends Statement> kind = (statement instanceof java.sql.CallableStatement) ? java.sql.CallableStatement.class
					: (statement instanceof java.sql.PreparedStatement) ? java.sql.PreparedStatement.class : Statement.class;
			return proxy(kind, statement, (target, method, args) -> {
				if (method.getName().startsWith("execute")) {
					this.sent.incrementAndGet();
				}
				return call(method, target, args);
			});
		}

		@SuppressWarnings("unchecked")
		private static <T> T proxy(Class<? extends T> type, T target, Handler<T> handler) {
			InvocationHandler invocation = (proxy, method, args) -> handler.handle(target, method, args);
			return (T) Proxy.newProxyInstance(BenchStatementCount.class.getClassLoader(), new Class<?>[] { type },
					invocation);
		}

		private static Object call(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
			try {
				return method.invoke(target, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getTargetException();
			}
		}

		private void write() {
			try {
				Path next = this.file.resolveSibling(this.file.getFileName() + ".next");
				Files.writeString(next, Long.toString(this.sent.get()), StandardCharsets.US_ASCII);
				Files.move(next, this.file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (IOException ignored) {
				// the benchmark reads the next total
			}
		}

		@Override
		public void destroy() {
			this.writer.shutdownNow();
		}

	}

	@FunctionalInterface
	private interface Handler<T> {

		Object handle(T target, java.lang.reflect.Method method, Object[] args) throws Throwable;

	}

}
