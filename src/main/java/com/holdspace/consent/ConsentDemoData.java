package com.holdspace.consent;

import java.util.UUID;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.holdspace.client.ClientService;
import com.holdspace.staff.StaffDirectory;

/** A demo client's signed treatment consent, only in the {@code demo} profile. */
@Component
@Profile("demo")
@Order(30)
class ConsentDemoData implements ApplicationRunner {

	/** A short looping scrawl, as a finger might draw it. */
	private static final String SIGNATURE = "[[[120,260],[160,180],[200,250],[240,150],[290,270],[330,200]],"
			+ "[[380,230],[430,190],[480,240],[540,170],[600,250],[660,210],[720,230]]]";

	private final ConsentService consentService;

	private final ClientService clientService;

	private final StaffDirectory staffDirectory;

	ConsentDemoData(ConsentService consentService, ClientService clientService, StaffDirectory staffDirectory) {
		this.consentService = consentService;
		this.clientService = clientService;
		this.staffDirectory = staffDirectory;
	}

	@Override
	public void run(ApplicationArguments args) {
		var therapist = this.staffDirectory.activeTherapists().stream().findFirst().orElse(null);
		var zoe = this.clientService.search("Zoë Ångström").stream().findFirst().orElse(null);
		if (therapist == null || zoe == null || !this.consentService.records(zoe.id()).isEmpty()) {
			return;
		}
		this.consentService.sign(zoe.id(), ConsentKind.TREATMENT, this.consentService.current(ConsentKind.TREATMENT).getId(),
				zoe.legalName(), SIGNATURE, null, UUID.randomUUID(), therapist.id(), therapist.displayName());
		this.consentService.recordVerbal(zoe.id(), zoe.legalName(), UUID.randomUUID(), therapist.id(),
				therapist.displayName());
	}

}
