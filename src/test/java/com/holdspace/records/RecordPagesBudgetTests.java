package com.holdspace.records;

import static com.holdspace.SignedIn.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.test.web.servlet.MockMvc;

import com.holdspace.ConfiguredCsrf;
import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;
import com.holdspace.StatementCounter;
import com.holdspace.booking.BookingFixtures;
import com.holdspace.session.SessionFixtures;
import com.holdspace.shared.ReferenceData;
import com.holdspace.staff.HoldspaceUser;
import com.holdspace.staff.PortalAccounts;
import com.holdspace.staff.Role;

/**
 * The pages of the whole record cost the same number of SQL statements for one copy or nine: the
 * copy's page with the client's other copies, the clinic's list of requests, and the client's own
 * page with their copies.
 */
@IntegrationTest
class RecordPagesBudgetTests {

	/**
	 * A copy's page as the therapist in care sees it: whether the client is in their care, the copy,
	 * the client's other copies in one statement, the client's name, and the audit line.
	 */
	static final int EXPORT_PAGE = 5;

	/**
	 * The requests as a therapist sees them: every open request in one statement, which of their
	 * clients are in the therapist's care in one more, the clients' names in one, and the audit line.
	 */
	static final int REQUEST_LIST = 4;

	/** The client's own page: their requests and copies in one statement, and the audit line. */
	static final int MY_RECORD = 2;

	@Autowired
	MockMvc mvc;

	@Autowired
	SessionFixtures sessions;

	@Autowired
	PortalAccounts portalAccounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	RecordExports exports;

	@Autowired
	RecordExportJob job;

	@Autowired
	StatementCounter statements;

	@Autowired
	ReferenceData referenceData;

	@Autowired
	FilterChainProxy security;

	@Autowired
	Fixtures fixtures;

	@Autowired
	BookingFixtures booking;

	private List<String> lastStatements = List.of();

	@BeforeEach
	void asHoldspaceRuns() {
		// a page read makes no session, as in production (MockMvc's csrf() elsewhere would swap one in)
		ConfiguredCsrf.restore(this.security);
	}

	@Test
	void aCopysPageCostsTheSameForAClientWithOneCopyOrNine() throws Exception {
		var few = this.sessions.readyClientBooked();
		var many = this.sessions.readyClientBooked();
		HoldspaceUser fewTherapist = this.sessions.user(few.therapistLogin());
		HoldspaceUser manyTherapist = this.sessions.user(many.therapistLogin());
		long one = this.exports.produce(few.clientId(), UUID.randomUUID(), fewTherapist);
		long last = 0;
		for (int i = 0; i < 9; i++) {
			last = this.exports.produce(many.clientId(), UUID.randomUUID(), manyTherapist);
		}
		this.job.writeQueued(new TestRecordDocument());

		int small = statementsFor("/clients/" + few.clientId() + "/record-exports/" + one, fewTherapist);
		int large = statementsFor("/clients/" + many.clientId() + "/record-exports/" + last, manyTherapist);

		assertThat(large).as("a copy's page: %s", this.lastStatements).isEqualTo(small).isEqualTo(EXPORT_PAGE);
	}

	@Test
	void theRequestListCostsTheSameForOneRequestOrNine() throws Exception {
		var setting = this.sessions.readyClientBooked();
		HoldspaceUser therapist = this.sessions.user(setting.therapistLogin());
		UserDetails admin = this.sessions.staff(Role.ADMIN);
		this.exports.ask(setting.clientId(), UUID.randomUUID(), clientOf(setting.clientId()));
		int small = statementsFor("/record-requests", therapist);
		int smallAdmin = statementsFor("/record-requests", admin);

		for (int i = 0; i < 8; i++) {
			long another = this.fixtures.client("Budget Client");
			// each in this therapist's care too
			this.booking.inCare(another, setting.therapistId());
			this.exports.ask(another, UUID.randomUUID(), clientOf(another));
		}
		int large = statementsFor("/record-requests", therapist);
		int largeAdmin = statementsFor("/record-requests", admin);

		assertThat(large).as("requests, a therapist: %s", this.lastStatements).isEqualTo(small).isEqualTo(REQUEST_LIST);
		assertThat(largeAdmin).as("requests, admin").isEqualTo(smallAdmin).isEqualTo(REQUEST_LIST - 1);
	}

	@Test
	void theClientsOwnPageCostsTheSameForOneCopyOrNine() throws Exception {
		long few = this.sessions.readyClientBooked().clientId();
		long many = this.sessions.readyClientBooked().clientId();
		HoldspaceUser fewClient = clientOf(few);
		HoldspaceUser manyClient = clientOf(many);
		HoldspaceUser admin = this.sessions.user(this.sessions.staff(Role.ADMIN).getUsername());
		released(few, fewClient, admin);
		for (int i = 0; i < 9; i++) {
			released(many, manyClient, admin);
		}

		int small = statementsFor("/me/record", fewClient);
		int large = statementsFor("/me/record", manyClient);

		assertThat(large).as("the client's own page: %s", this.lastStatements).isEqualTo(small).isEqualTo(MY_RECORD);
	}

	private void released(long clientId, HoldspaceUser client, HoldspaceUser by) {
		long exportId = this.exports.ask(clientId, UUID.randomUUID(), client);
		this.job.writeQueued(new TestRecordDocument());
		this.exports.release(clientId, exportId, by, null);
	}

	private HoldspaceUser clientOf(long clientId) {
		String login = Fixtures.uniqueEmail("budget");
		this.portalAccounts.open(login, "Budget Client", "a long walk by the sea", clientId);
		return (HoldspaceUser) this.users.loadUserByUsername(login);
	}

	private int statementsFor(String path, UserDetails viewer) throws Exception {
		this.referenceData.catchUp();
		this.mvc.perform(get(path).with(user(viewer))).andExpect(status().isOk());
		this.statements.start();
		try {
			this.mvc.perform(get(path).with(user(viewer))).andExpect(status().isOk());
			List<String> sql = this.statements.stop();
			this.lastStatements = sql;
			return sql.size();
		}
		finally {
			this.statements.stop();
		}
	}

}
