package com.holdspace;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.holdspace.client.ClientDetails;
import com.holdspace.client.ClientService;
import com.holdspace.client.ContactMethod;
import com.holdspace.client.EmergencyContact;
import com.holdspace.staff.PortalAccounts;
import com.holdspace.staff.Role;
import com.holdspace.staff.StaffService;

/** People for integration tests, each with a unique email so tests never collide. */
@Component
public class Fixtures {

	public static final String PASSWORD = "correct horse battery";

	private final StaffService staff;

	private final ClientService clients;

	private final PortalAccounts portalAccounts;

	Fixtures(StaffService staff, ClientService clients, PortalAccounts portalAccounts) {
		this.staff = staff;
		this.clients = clients;
		this.portalAccounts = portalAccounts;
	}

	public static String uniqueEmail(String who) {
		return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.holdspace";
	}

	/** Opens a staff account and returns its email (the login name). */
	public String staffMember(Role role) {
		String email = uniqueEmail(role.name().toLowerCase());
		this.staff.open(email, "Test " + role.name().toLowerCase(), PASSWORD, role);
		return email;
	}

	public long staffId(String email) {
		return this.staff.staff().stream().filter(a -> a.getEmail().equals(email)).findFirst().orElseThrow().getId();
	}

	public long client(String legalName) {
		var details = new ClientDetails(legalName, null, null, LocalDate.of(1988, 5, 17), "+44 7700 900555",
				uniqueEmail("client"), ContactMethod.EMAIL, null, null,
				List.of(new EmergencyContact("Kim Contact", "Friend", "+44 7700 900556")));
		return this.clients.create(UUID.randomUUID(), details).getId();
	}

	/** A client record with a portal login; returns the login email. */
	public String clientWithLogin(String legalName) {
		long clientId = client(legalName);
		String email = uniqueEmail("portal");
		this.portalAccounts.open(email, legalName, PASSWORD, clientId);
		return email;
	}

}
