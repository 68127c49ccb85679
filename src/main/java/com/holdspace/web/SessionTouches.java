package com.holdspace.web;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import com.holdspace.shared.HashedSessionIds;


/**
 * Spring Session writes a session's last access time back to PostgreSQL at the end of every
 * request, which makes every page read a write. Here the time is written when a minute has passed
 * since the stored one, or when the session is written anyway (a changed attribute, a new id), or
 * when the person asks to stay signed in ({@link #touch}). An idle sign-in therefore ends between
 * 14 and 15 minutes after the last page, never later than the timeout.
 * <p>
 * Having saved the session at the end of a request, Spring Session's filter looks it up once more
 * by its id, to see whether the id changed; the session it has just saved answers that, without a
 * second read. What is kept for that answer is let go when the request ends ({@link #SAVED}).
 */
@Configuration(proxyBeanMethods = false)
public class SessionTouches {

	/** Attribute set by "stay signed in": writing it writes the last access time with it. */
	static final String KEPT_ALIVE = SessionTouches.class.getName() + ".KEPT_ALIVE";

	/** Spring Boot's JDBC sessions, as configured (HashedSessionIds), handed out touched. */
	/** The session this thread saved in the request now ending, for the filter's look-up after it. */
	private static final ThreadLocal<TouchedSession> SAVED = new ThreadLocal<>();

	/** Outside Spring Session's filter: whatever a request saved is forgotten when it ends. */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> savedSessionForgotten() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new OncePerRequestFilter() {
					@Override
					protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
							FilterChain chain) throws ServletException, IOException {
						try {
							chain.doFilter(request, response);
						}
						finally {
							SAVED.remove();
						}
					}
				});
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		return registration;
	}

	@Bean
	static BeanPostProcessor touchedSessions(@Value("${holdspace.session.touch-every:PT1M}") Duration every) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof JdbcIndexedSessionRepository sessions) ? new Repository(sessions, every) : bean;
			}
		};
	}

	/** Writes the last access time of this session at the end of the request, whatever its age. */
	public static void touch(HttpSession session, Instant now) {
		session.setAttribute(KEPT_ALIVE, now.toEpochMilli());
	}

	/** The stored session, with its last access time written at most once a {@code every}. */
	public static final class TouchedSession implements Session {

		private final Session stored;

		private final Duration every;

		/** The latest access not yet handed to the stored session. */
		private Instant pendingAccess;

		TouchedSession(Session stored, Duration every) {
			this.stored = stored;
			this.every = every;
		}

		Session stored() {
			return this.stored;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			if (Duration.between(this.stored.getLastAccessedTime(), lastAccessedTime).compareTo(this.every) >= 0) {
				this.stored.setLastAccessedTime(lastAccessedTime);
				this.pendingAccess = null;
			}
			else {
				this.pendingAccess = lastAccessedTime;
			}
		}

		@Override
		public Instant getLastAccessedTime() {
			return (this.pendingAccess != null) ? this.pendingAccess : this.stored.getLastAccessedTime();
		}

		/** The session row is written anyway: it carries the latest access with it. */
		private void writtenAnyway() {
			if (this.pendingAccess != null) {
				this.stored.setLastAccessedTime(this.pendingAccess);
				this.pendingAccess = null;
			}
		}

		@Override
		public String getId() {
			return this.stored.getId();
		}

		@Override
		public String changeSessionId() {
			writtenAnyway();
			return this.stored.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String attributeName) {
			return this.stored.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.stored.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			writtenAnyway();
			if (KEPT_ALIVE.equals(attributeName)) {
				// the attribute alone would not write the session's row; its interval does
				this.stored.setMaxInactiveInterval(this.stored.getMaxInactiveInterval());
			}
			this.stored.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			writtenAnyway();
			this.stored.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return this.stored.getCreationTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			writtenAnyway();
			this.stored.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.stored.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return this.stored.isExpired();
		}

	}

	/** JDBC sessions handed out touched; saving hands the stored session back. */
	private static final class Repository implements FindByIndexNameSessionRepository<TouchedSession> {

		/** Seen as sessions of any kind: the JDBC session's own type is not public. */
		private final FindByIndexNameSessionRepository<Session> sessions;

		private final Duration every;

		@SuppressWarnings({ "unchecked", "rawtypes" })
		Repository(JdbcIndexedSessionRepository sessions, Duration every) {
			this.sessions = (FindByIndexNameSessionRepository) sessions;
			this.every = every;
		}

		@Override
		public TouchedSession createSession() {
			return new TouchedSession(this.sessions.createSession(), this.every);
		}

		@Override
		public void save(TouchedSession session) {
			this.sessions.save(session.stored());
			SAVED.set(session);
		}

		@Override
		public TouchedSession findById(String id) {
			TouchedSession saved = SAVED.get();
			SAVED.remove();
			if (saved != null && saved.getId().equals(id) && !saved.isExpired()) {
				return saved;
			}
			Session stored = this.sessions.findById(id);
			return (stored != null) ? new TouchedSession(stored, this.every) : null;
		}

		@Override
		public void deleteById(String id) {
			this.sessions.deleteById(id);
		}

		@Override
		public Map<String, TouchedSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
			Map<String, TouchedSession> found = new LinkedHashMap<>();
			this.sessions.findByIndexNameAndIndexValue(indexName, indexValue)
				.forEach((id, stored) -> found.put(id, new TouchedSession(stored, this.every)));
			return found;
		}

	}

}
