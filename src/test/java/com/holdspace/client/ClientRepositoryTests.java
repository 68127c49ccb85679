package com.holdspace.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import com.holdspace.RepositoryTest;

import jakarta.persistence.EntityManager;

@RepositoryTest
@Import(ClientService.class)
class ClientRepositoryTests {

	@Autowired
	ClientRepository clients;

	@Autowired
	ClientService clientService;

	@Autowired
	EntityManager entityManager;

	@Autowired
	JdbcTemplate jdbc;

	/** Other test classes commit clients too; searches here look only at these. */
	private final java.util.Set<Long> mine = new java.util.HashSet<>();

	@BeforeEach
	void someClients() {
		save("Zoë Ångström", "Zoë", "+44 7700 900123", "zoe@example.org");
		save("José Peña Núñez", null, "+44 7700 900789", null);
		save("Anaïs Lefèvre", "Ana", null, "anais@example.org");
		save("Sam 100% O'Connor", null, "+353 85 555 0144", "sam@example.org");
	}

	@Test
	void findsByPartOfANameIgnoringAccentsAndCase() {
		assertThat(names("angstr")).containsExactly("Zoë Ångström");
		assertThat(names("JOSE PENA")).containsExactly("José Peña Núñez");
		assertThat(names("lefev")).containsExactly("Anaïs Lefèvre");
	}

	@Test
	void findsByPreferredNameAndByEmail() {
		assertThat(names("ana")).contains("Anaïs Lefèvre");
		assertThat(names("zoe@EXAMPLE")).containsExactly("Zoë Ångström");
	}

	@Test
	void findsByPhoneDigitsWhateverTheFormatting() {
		assertThat(names("900-789")).containsExactly("José Peña Núñez");
		assertThat(names("07700 900123".substring(1))).containsExactly("Zoë Ångström");
	}

	@Test
	void treatsPercentAndUnderscoreAsPlainCharacters() {
		assertThat(names("%")).containsExactly("Sam 100% O'Connor");
		assertThat(names("_")).isEmpty();
		assertThat(names("\\")).isEmpty();
	}

	@Test
	void treatsFullWidthPercentAndUnderscoreAsPlainCharactersToo() {
		assertThat(names("％")).containsExactly("Sam 100% O'Connor");
		assertThat(names("＿")).isEmpty();
		assertThat(names("＼")).isEmpty();
	}

	@Test
	void theDatabaseRefusesAClientWithoutAnEmergencyContact() {
		var client = new Client(UUID.randomUUID(), details("Nobody To Call", "+44 20 7946 0000", null,
				List.of(new EmergencyContact("Temp", "Friend", "123456"))));
		this.clients.saveAndFlush(client);

		this.jdbc.update("delete from emergency_contact where client_id = ?", client.getId());

		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.jdbc.execute("set constraints all immediate"))
			.withMessageContaining("has no emergency contact");
	}

	@Test
	void theDatabaseRefusesAPreferredContactThatCannotBeUsed() {
		var clientId = this.mine.iterator().next();

		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.jdbc.update(
					"update client set preferred_contact = 'EMAIL', email = null where id = ?", clientId))
			.withMessageContaining("client_preferred_contact_reachable");
	}

	@Test
	void oneCreationTokenMakesOneClient() {
		var token = UUID.randomUUID();
		this.clients.saveAndFlush(new Client(token, details("First Tap", "123456", null, contact())));

		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.clients.saveAndFlush(new Client(token, details("Second Tap", "123456", null, contact()))));
	}

	@Test
	void eachSaveRaisesTheVersion() {
		var client = this.clients.findById(this.mine.iterator().next()).orElseThrow();
		int before = client.getVersion();

		client.update(details("Renamed Person", "+44 7700 900999", null, contact()));
		this.clients.saveAndFlush(client);

		assertThat(client.getVersion()).isEqualTo(before + 1);
	}

	@Test
	void keepsEmergencyContactsInTheirOrder() {
		var client = this.clients.saveAndFlush(new Client(UUID.randomUUID(), details("Two Contacts", "123456", null,
				List.of(new EmergencyContact("First", "Sister", "111111"), new EmergencyContact("Second", "GP", "222222")))));
		this.entityManager.clear();

		var reloaded = this.clients.findById(client.getId()).orElseThrow();

		assertThat(reloaded.getEmergencyContacts()).extracting(EmergencyContact::getName).containsExactly("First", "Second");
	}

	private List<String> names(String query) {
		return this.clientService.search(query)
			.stream()
			.filter(client -> this.mine.contains(client.id()))
			.map(ClientMatch::legalName)
			.toList();
	}

	private void save(String legalName, String preferredName, String phone, String email) {
		var saved = this.clients.saveAndFlush(new Client(UUID.randomUUID(), new ClientDetails(legalName, preferredName, null,
				LocalDate.of(1990, 1, 1), phone, email, (email != null) ? ContactMethod.EMAIL : ContactMethod.PHONE,
				null, null, contact())));
		this.mine.add(saved.getId());
	}

	private static ClientDetails details(String legalName, String phone, String email, List<EmergencyContact> contacts) {
		return new ClientDetails(legalName, null, null, LocalDate.of(1990, 1, 1), phone, email, ContactMethod.PHONE,
				null, null, contacts);
	}

	private static List<EmergencyContact> contact() {
		return List.of(new EmergencyContact("Someone", "Friend", "+44 7700 900000"));
	}

}
