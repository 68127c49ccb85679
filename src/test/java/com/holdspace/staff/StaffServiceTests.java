package com.holdspace.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;
import com.holdspace.shared.Refused;

/** Rules that keep the clinic able to run itself; each test rolls back. */
@IntegrationTest
@Transactional
class StaffServiceTests {

	@Autowired
	StaffService staffService;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Fixtures fixtures;

	@Test
	void theLastEnabledAdminCannotBeDisabled() {
		this.jdbc.update("update account set enabled = false where role = 'ADMIN'");
		var onlyAdmin = this.staffService.open(Fixtures.uniqueEmail("only-admin"), "Only Admin", Fixtures.PASSWORD, Role.ADMIN);

		assertThatExceptionOfType(Refused.class)
			.isThrownBy(() -> this.staffService.disable(onlyAdmin.getId(), -1))
			.satisfies(refused -> assertThat(refused.code()).isEqualTo("staff.error.lastAdmin"));
		assertThat(this.staffService.get(onlyAdmin.getId()).isEnabled()).isTrue();
	}

	@Test
	void theLastEnabledAdminCannotBeDemoted() {
		this.jdbc.update("update account set enabled = false where role = 'ADMIN'");
		var onlyAdmin = this.staffService.open(Fixtures.uniqueEmail("only-admin"), "Only Admin", Fixtures.PASSWORD, Role.ADMIN);

		assertThatExceptionOfType(Refused.class)
			.isThrownBy(() -> this.staffService.changeRole(onlyAdmin.getId(), Role.THERAPIST, -1));
		assertThat(this.staffService.get(onlyAdmin.getId()).getRole()).isEqualTo(Role.ADMIN);
	}

	@Test
	void anAdminCanBeDisabledWhileAnotherRemains() {
		this.jdbc.update("update account set enabled = false where role = 'ADMIN'");
		var first = this.staffService.open(Fixtures.uniqueEmail("admin-one"), "Admin One", Fixtures.PASSWORD, Role.ADMIN);
		var second = this.staffService.open(Fixtures.uniqueEmail("admin-two"), "Admin Two", Fixtures.PASSWORD, Role.ADMIN);

		this.staffService.disable(first.getId(), second.getId());

		assertThat(this.staffService.get(first.getId()).isEnabled()).isFalse();
	}

	@Test
	void aClientLoginIsNotAStaffAccount() {
		String clientLogin = this.fixtures.clientWithLogin("Portal Only");

		assertThat(this.staffService.staff()).extracting(Account::getEmail).doesNotContain(clientLogin);
	}

}
