package com.holdspace.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.holdspace.IntegrationTest;
import com.holdspace.TestClock;
import com.holdspace.shared.StaleEditException;

@IntegrationTest
class ClientServiceTests {

	@Autowired
	ClientService clientService;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@Test
	void aRepeatedSubmissionReturnsTheClientAlreadyCreated() {
		var token = UUID.randomUUID();

		var first = this.clientService.create(token, details("Double Tap"));
		var second = this.clientService.create(token, details("Double Tap"));

		assertThat(second).isEqualTo(first);
		assertThat(clientsWithToken(token)).isOne();
	}

	@Test
	void aFormSentWithoutItsTokenStillMakesItsClient() {
		long made = this.clientService.create(null, details("No Token"));

		assertThat(this.jdbc.queryForObject("select creation_token from client where id = ?", UUID.class, made))
			.isNotNull();
	}

	@Test
	void simultaneousSubmissionsOfOneFormCreateOneClient() throws Exception {
		var token = UUID.randomUUID();
		int taps = 8;
		var start = new CountDownLatch(1);
		var pool = Executors.newFixedThreadPool(taps);
		try {
			List<Future<Long>> results = new ArrayList<>();
			for (int i = 0; i < taps; i++) {
				Callable<Long> tap = () -> {
					start.await();
					return this.clientService.create(token, details("Frantic Tapper"));
				};
				results.add(pool.submit(tap));
			}
			start.countDown();
			List<Long> ids = new ArrayList<>();
			for (var result : results) {
				ids.add(result.get());
			}
			assertThat(ids).containsOnly(ids.get(0));
			assertThat(clientsWithToken(token)).isOne();
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aSecondEditorOnTheSameVersionIsRefusedAndNothingIsOverwritten() {
		long client = this.clientService.create(UUID.randomUUID(), details("Shared Record"));
		int openedVersion = this.clientService.find(client).getVersion();

		this.clientService.update(client, openedVersion, details("Changed By Frida"));

		assertThatExceptionOfType(StaleEditException.class)
			.isThrownBy(() -> this.clientService.update(client, openedVersion, details("Changed By Maya")));
		assertThat(this.clientService.get(client).legalName()).isEqualTo("Changed By Frida");
	}

	@Test
	void searchWithoutWordsShowsTheMostRecentlyChanged() {
		// later than any client another test made, whatever moment it set the clock to
		java.sql.Timestamp latest = this.jdbc.queryForObject("select max(updated_at) from client", java.sql.Timestamp.class);
		if (latest != null && !latest.toInstant().isBefore(this.clock.instant())) {
			this.clock.moveTo(latest.toInstant().plusSeconds(60));
		}
		long client = this.clientService.create(UUID.randomUUID(), details("Freshly Added"));

		assertThat(this.clientService.search("  ")).first().extracting(ClientMatch::id).isEqualTo(client);
	}

	private int clientsWithToken(UUID token) {
		return this.jdbc.queryForObject("select count(*) from client where creation_token = ?", Integer.class, token);
	}

	private static ClientDetails details(String legalName) {
		return new ClientDetails(legalName, null, null, LocalDate.of(1975, 2, 3), "+44 7700 900321", null,
				ContactMethod.PHONE, null, null, List.of(new EmergencyContact("Pat Contact", "Partner", "+44 7700 900322")));
	}

}
