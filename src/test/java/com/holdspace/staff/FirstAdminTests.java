package com.holdspace.staff;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.mock.env.MockEnvironment;

@Tag("fast")
class FirstAdminTests {

	private final AccountRepository accounts = mock(AccountRepository.class);

	private final StaffService staffService = mock(StaffService.class);

	@Test
	void refusesToStartWithOneOfTheMostCommonPasswords() {
		var environment = new MockEnvironment().withProperty("holdspace.first-admin.email", "owner@clinic.example")
			.withProperty("holdspace.first-admin.password", "qwerty123456");
		var firstAdmin = new FirstAdmin(this.accounts, this.staffService, environment);

		assertThatIllegalStateException().isThrownBy(() -> firstAdmin.run(new DefaultApplicationArguments()))
			.withMessageContaining("holdspace.first-admin.password is one of the most common passwords");
		verify(this.staffService, never()).open(any(), any(), any(), any());
	}

}
