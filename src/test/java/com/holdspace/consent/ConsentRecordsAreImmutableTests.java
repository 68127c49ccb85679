package com.holdspace.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;
import com.holdspace.TestDatabase;
import com.holdspace.staff.Role;

/**
 * PostgreSQL itself refuses to alter a signed record. Each statement runs in its own transaction
 * (no test transaction), so each refusal is the trigger's and not an aborted transaction's.
 */
@IntegrationTest
class ConsentRecordsAreImmutableTests {

	private static final String REFUSED = "are signed records and cannot be changed or removed";

	@Autowired
	ConsentFixtures consents;

	@Autowired
	ConsentService consentService;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	private long clientId;

	private long consentId;

	private long therapistId;

	@BeforeEach
	void aSignedAndWithdrawnConsent() {
		this.clientId = this.fixtures.client("Immutable Record");
		this.therapistId = this.fixtures.staffId(this.fixtures.staffMember(Role.THERAPIST));
		this.consentId = this.consents.signTreatment(this.clientId, this.therapistId);
	}

	@Test
	void aSignedConsentCannotBeEditedRemovedOrTruncated() {
		refused("update signed_consent set signer_name = 'Someone else' where id = " + this.consentId);
		refused("delete from signed_consent where id = " + this.consentId);
		refused("truncate signed_consent cascade");
		assertThat(this.consentService.record(this.clientId, this.consentId).isIntact()).isTrue();
	}

	@Test
	void aConsentTextVersionCannotBeRewritten() {
		refused("update consent_document_version set body = 'rewritten' where kind = 'TREATMENT'");
		refused("delete from consent_document_version where kind = 'PROVIDER_COMMUNICATION'");
	}

	@Test
	void aWithdrawalCannotBeTakenBack() {
		this.consentService.withdraw(this.clientId, this.consentId, ConsentWithdrawal.WithdrawnBy.CLIENT, "Moving away",
				this.therapistId, "Maya");

		refused("update consent_withdrawal set reason = 'never mind' where consent_id = " + this.consentId);
		refused("delete from consent_withdrawal where consent_id = " + this.consentId);
	}

	@Test
	void theStoredHashStillMatchesAfterTheRoundTripThroughPostgres() {
		var reloaded = this.consentService.record(this.clientId, this.consentId);

		assertThat(reloaded.isIntact()).isTrue();
		assertThat(reloaded.getContentSha256()).matches("[0-9a-f]{64}");
	}

	/**
	 * The application's own role has no right to it at all (RuntimeRoleTests); the owner of the
	 * tables, who has, meets the trigger.
	 */
	private void refused(String sql) {
		assertThatExceptionOfType(DataAccessException.class).as(sql)
			.isThrownBy(() -> this.jdbc.execute(sql))
			.havingRootCause()
			.withMessageContaining("permission denied");
		assertThatExceptionOfType(DataAccessException.class).as(sql)
			.isThrownBy(() -> TestDatabase.owner().jdbc().execute(sql))
			.withMessageContaining(REFUSED);
	}

}
