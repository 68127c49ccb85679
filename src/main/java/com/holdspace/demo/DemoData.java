package com.holdspace.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.holdspace.client.ClientDetails;
import com.holdspace.client.ClientService;
import com.holdspace.client.ContactMethod;
import com.holdspace.client.EmergencyContact;
import com.holdspace.staff.PortalAccounts;
import com.holdspace.staff.Role;
import com.holdspace.staff.StaffService;

/**
 * A small clinic to click through, only in the {@code demo} profile that {@code ./mvnw
 * spring-boot:run} turns on. Runs once per database: a second start finds the admin and only
 * prints the logins again.
 */
@Component
@Profile("demo")
@Order(10)
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	static final String ADMIN = "admin@holdspace.demo";

	static final String THERAPIST = "therapist@holdspace.demo";

	static final String FRONT_DESK = "frontdesk@holdspace.demo";

	static final String CLIENT = "client@holdspace.demo";

	private final StaffService staff;

	private final ClientService clients;

	private final PortalAccounts portalAccounts;

	private final String password;

	DemoData(StaffService staff, ClientService clients, PortalAccounts portalAccounts,
			@Value("${holdspace.demo.password}") String password) {
		this.staff = staff;
		this.clients = clients;
		this.portalAccounts = portalAccounts;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.staff.emailTaken(ADMIN)) {
			seed();
		}
		log.info("""

				Holdspace demo logins (password for all: {})
				  admin        {}
				  therapist    {}
				  front desk   {}
				  client       {}
				""", this.password, ADMIN, THERAPIST, FRONT_DESK, CLIENT);
	}

	private void seed() {
		this.staff.open(ADMIN, "Ada Admin", this.password, Role.ADMIN);
		long maya = this.staff.open(THERAPIST, "Maya Okafor", this.password, Role.THERAPIST).getId();
		long jonas = this.staff.open("jonas@holdspace.demo", "Jonas Lindqvist", this.password, Role.THERAPIST).getId();
		this.staff.open(FRONT_DESK, "Frida Desk", this.password, Role.FRONT_DESK);

		long zoe = add("Zoë Ångström", "Zoë", "she/her", LocalDate.of(1991, 3, 14), "+44 7700 900123",
				CLIENT, ContactMethod.EMAIL, maya, "Prefers late-afternoon appointments.",
				List.of(new EmergencyContact("Lars Ångström", "Brother", "+44 7700 900456")));
		add("José Peña Núñez", null, "he/him", LocalDate.of(1986, 11, 2), "+44 7700 900789", null,
				ContactMethod.SMS, jonas, null, List.of(new EmergencyContact("Carmen Peña", "Partner", "+44 7700 900111")));
		add("Anaïs Lefèvre", "Ana", "she/her", LocalDate.of(1979, 6, 30), null, "anais@example.org",
				ContactMethod.EMAIL, null, "Wheelchair user: ground-floor room please.",
				List.of(new EmergencyContact("Marc Lefèvre", "Husband", "+44 7700 900222"),
						new EmergencyContact("Dr. Iris Moreau", "GP", "+44 20 7946 0333")));
		add("Sam O'Connor", null, "they/them", LocalDate.of(1998, 1, 9), "+353 85 555 0144",
				"sam.oconnor@example.org", ContactMethod.PHONE, maya, null,
				List.of(new EmergencyContact("Niamh O'Connor", "Mother", "+353 85 555 0199")));
		add("Henrik Søndergaard", "Henrik", "he/him", LocalDate.of(1964, 8, 21), "+45 20 55 01 77", null,
				ContactMethod.PHONE, null, "Hard of hearing: speak facing him.",
				List.of(new EmergencyContact("Birgit Søndergaard", "Wife", "+45 20 55 01 78")));
		this.portalAccounts.open(CLIENT, "Zoë Ångström", this.password, zoe);
	}

	private long add(String legalName, String preferredName, String pronouns, LocalDate born, String phone,
			String email, ContactMethod contactBy, Long therapist, String notes, List<EmergencyContact> contacts) {
		var details = new ClientDetails(legalName, preferredName, pronouns, born, phone, email, contactBy, therapist,
				notes, contacts);
		return this.clients.create(UUID.randomUUID(), details);
	}

}
