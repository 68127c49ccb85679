package com.holdspace.clinic;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.holdspace.model.StaleEditException;

/** Settings the admin keeps for the whole clinic. */
@Service
@Transactional
public class ClinicSettings {

	static final String CRISIS_CONTACTS = "crisis-contacts";

	static final String CONSENT_RENEWAL_MONTHS = "consent-renewal-months";

	static final String CONTACT_LINES = "contact-lines";

	private final ClinicSettingRepository settings;

	private final Clock clock;

	ClinicSettings(ClinicSettingRepository settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
	}

	/** The crisis and support contacts a client sees, calmly, when they disclose a risk. */
	@Transactional(readOnly = true)
	public String crisisContacts() {
		return crisis().getValue();
	}

	/** The crisis contacts a line each, their numbers ready to call. */
	@Transactional(readOnly = true)
	public java.util.List<CrisisLine> crisisLines() {
		return CrisisLine.of(crisisContacts());
	}

	/** How a client reaches the clinic with questions after a session: on every aftercare plan. */
	@Transactional(readOnly = true)
	public String contactLines() {
		return setting(CONTACT_LINES).getValue();
	}

	/** How long a signed treatment consent holds before the client is asked to sign again. */
	@Transactional(readOnly = true)
	public int consentRenewalMonths() {
		return Integer.parseInt(setting(CONSENT_RENEWAL_MONTHS).getValue());
	}

	void changeConsentRenewalMonths(int months, long byAccount) {
		var setting = setting(CONSENT_RENEWAL_MONTHS);
		if (!setting.getValue().equals(String.valueOf(months))) {
			setting.change(String.valueOf(months), byAccount, this.clock.instant());
		}
	}

	@Transactional(readOnly = true)
	int crisisContactsVersion() {
		return crisis().getVersion();
	}

	/** Saves the settings form at once: either every change is saved, or none. */
	void change(ClinicSettingsForm form, long byAccount) {
		changeCrisisContacts(form.getCrisisContacts(), form.getVersion(), byAccount);
		changeConsentRenewalMonths(form.getConsentRenewalMonths(), byAccount);
		var contact = setting(CONTACT_LINES);
		if (!contact.getValue().equals(form.getContactLines().strip())) {
			contact.change(form.getContactLines().strip(), byAccount, this.clock.instant());
		}
	}

	void changeCrisisContacts(String text, int editedVersion, long byAccount) {
		var setting = crisis();
		if (setting.getVersion() != editedVersion) {
			throw new StaleEditException("Setting", CRISIS_CONTACTS);
		}
		setting.change(text.strip(), byAccount, this.clock.instant());
	}

	private ClinicSetting crisis() {
		return setting(CRISIS_CONTACTS);
	}

	private ClinicSetting setting(String key) {
		return this.settings.findById(key)
			.orElseThrow(() -> new IllegalStateException("The " + key + " setting is missing"));
	}

}
