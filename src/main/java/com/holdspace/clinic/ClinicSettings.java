package com.holdspace.clinic;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.holdspace.model.StaleEditException;

/** Settings the admin keeps for the whole clinic. */
@Service
@Transactional
public class ClinicSettings {

	static final String CRISIS_CONTACTS = "crisis-contacts";

	private final ClinicSettingRepository settings;

	ClinicSettings(ClinicSettingRepository settings) {
		this.settings = settings;
	}

	/** The crisis and support contacts a client sees, calmly, when they disclose a risk. */
	@Transactional(readOnly = true)
	public String crisisContacts() {
		return crisis().getValue();
	}

	@Transactional(readOnly = true)
	int crisisContactsVersion() {
		return crisis().getVersion();
	}

	void changeCrisisContacts(String text, int editedVersion, long byAccount) {
		var setting = crisis();
		if (setting.getVersion() != editedVersion) {
			throw new StaleEditException("Setting", CRISIS_CONTACTS);
		}
		setting.change(text.strip(), byAccount);
	}

	private ClinicSetting crisis() {
		return this.settings.findById(CRISIS_CONTACTS)
			.orElseThrow(() -> new IllegalStateException("The crisis-contacts setting is missing"));
	}

}
