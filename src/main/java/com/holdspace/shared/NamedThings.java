package com.holdspace.shared;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Adding and changing the named things an admin keeps, the same way for each: added once per
 * creation token, so a double tap adds one; changed only on the version the form was opened on, so
 * nobody overwrites another admin unseen; and a name two admins took at the same moment refused by
 * the database's key, as {@code refusal} says, like the check made before saving.
 */
public class NamedThings<T extends BaseEntity & Retirable> {

	private final String what;

	private final JpaRepository<T, Long> rows;

	private final Function<UUID, Optional<T>> byCreationToken;

	private final Function<DataIntegrityViolationException, RuntimeException> refusal;

	private final TransactionTemplate writes;

	/** {@code what} names the thing as people say it, for "not found" and for a stale edit's text. */
	public NamedThings(String what, JpaRepository<T, Long> rows, Function<UUID, Optional<T>> byCreationToken,
			Function<DataIntegrityViolationException, RuntimeException> refusal,
			PlatformTransactionManager transactions) {
		this.what = what;
		this.rows = rows;
		this.byCreationToken = byCreationToken;
		this.refusal = refusal;
		this.writes = new TransactionTemplate(transactions);
	}

	/** Adds what {@code make} makes (it may refuse), unless this token already added one: that one is the answer. */
	public T add(UUID creationToken, Supplier<T> make) {
		// a form sent without its token (never one of ours) adds once, and never finds the rows that were
		// made without a token (the demo's, the seed's) as if they were its own
		try {
			return this.writes.execute(status -> findMadeBy(creationToken)
				.orElseGet(() -> this.rows.saveAndFlush(make.get())));
		}
		catch (DataIntegrityViolationException race) {
			return findMadeBy(creationToken).orElseThrow(() -> this.refusal.apply(race));
		}
	}

	private Optional<T> findMadeBy(UUID creationToken) {
		return (creationToken != null) ? this.byCreationToken.apply(creationToken) : Optional.empty();
	}

	/** Changes the thing as edited on the given version; refuses if someone saved since. */
	public T change(long id, int editedVersion, Consumer<T> change) {
		return change(id, editedVersion, this.what, change);
	}

	/** As {@link #change(long, int, Consumer)}, where a stale edit reads as {@code stale} on this page. */
	public T change(long id, int editedVersion, String stale, Consumer<T> change) {
		try {
			return this.writes.execute(status -> {
				T row = this.rows.findById(id).orElseThrow(() -> new NotFoundException(this.what, id));
				if (row.getVersion() != editedVersion) {
					throw new StaleEditException(stale, id);
				}
				change.accept(row);
				return this.rows.saveAndFlush(row);
			});
		}
		catch (ObjectOptimisticLockingFailureException race) {
			throw new StaleEditException(stale, id);
		}
		catch (DataIntegrityViolationException refused) {
			throw this.refusal.apply(refused);
		}
	}

}
