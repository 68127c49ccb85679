package com.holdspace.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;
import com.holdspace.shared.Refused;

/**
 * Two admins taking each other's access at the same moment. The changes must really commit, so
 * this runs outside a test transaction.
 */
@IntegrationTest
class LastAdminRaceTests {

	@Autowired
	StaffService staffService;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void twoAdminsDisablingEachOtherAtOnceLeaveTheClinicWithAnAdmin() throws Exception {
		this.jdbc.update("update account set enabled = false where role = 'ADMIN'");
		var first = this.staffService.open(Fixtures.uniqueEmail("racing-admin"), "Racing One", Fixtures.PASSWORD, Role.ADMIN);
		var second = this.staffService.open(Fixtures.uniqueEmail("racing-admin"), "Racing Two", Fixtures.PASSWORD, Role.ADMIN);
		var pool = Executors.newSingleThreadExecutor();
		var secondAdminsChange = new AtomicReference<Future<?>>();
		try {
			new TransactionTemplate(this.transactions).executeWithoutResult(firstAdminsChange -> {
				this.staffService.disable(second.getId(), first.getId());
				secondAdminsChange.set(pool.submit(() -> this.staffService.disable(first.getId(), second.getId())));
				giveItTimeToFinish(secondAdminsChange.get());
			});

			assertThatExceptionOfType(ExecutionException.class)
				.isThrownBy(() -> secondAdminsChange.get().get(10, TimeUnit.SECONDS))
				.havingCause()
				.isInstanceOfSatisfying(Refused.class,
						refused -> assertThat(refused.code()).isEqualTo("staff.error.lastAdmin"));
			assertThat(enabledAdmins()).as("enabled admins").isOne();
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** With the admins locked it waits for the first change to commit; without, it would finish now. */
	private static void giveItTimeToFinish(Future<?> change) {
		try {
			change.get(1, TimeUnit.SECONDS);
		}
		catch (TimeoutException | ExecutionException expected) {
			// waiting on the lock, or refused: either way the outcome is checked after the commit
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(interrupted);
		}
	}

	private int enabledAdmins() {
		return this.jdbc.queryForObject("select count(*) from account where role = 'ADMIN' and enabled", Integer.class);
	}

}
