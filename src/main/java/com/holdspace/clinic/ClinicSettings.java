package com.holdspace.clinic;

import java.time.Clock;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.holdspace.shared.StaleEditException;
import com.holdspace.shared.ReferenceData;

/** Settings the admin keeps for the whole clinic. */
@NamedInterface("api")
@Service
@Transactional
public class ClinicSettings {

	static final String CRISIS_CONTACTS = "crisis-contacts";

	static final String CONSENT_RENEWAL_MONTHS = "consent-renewal-months";

	static final String CONTACT_LINES = "contact-lines";

	static final String ONLINE_CHANGE_NOTICE_HOURS = "online-change-notice-hours";

	static final String RETENTION_ADULT_YEARS = "retention-adult-years";

	static final String RETENTION_MINOR_AGE = "retention-minor-age";

	private final ClinicSettingRepository settings;

	private final Clock clock;

	private final ReferenceData kept;

	ClinicSettings(ClinicSettingRepository settings, Clock clock, ReferenceData kept) {
		this.settings = settings;
		this.clock = clock;
		this.kept = kept;
	}

	/** The crisis and support contacts a client sees, calmly, when they disclose a risk. */
	@Transactional(readOnly = true)
	public String crisisContacts() {
		return value(CRISIS_CONTACTS);
	}

	/** The crisis contacts a line each, their numbers ready to call. */
	@Transactional(readOnly = true)
	public java.util.List<CrisisLine> crisisLines() {
		return CrisisLine.of(crisisContacts());
	}

	/** How a client reaches the clinic with questions after a session: on every aftercare plan. */
	@Transactional(readOnly = true)
	public String contactLines() {
		return value(CONTACT_LINES);
	}

	/** How long a signed treatment consent holds before the client is asked to sign again. */
	@Transactional(readOnly = true)
	public int consentRenewalMonths() {
		return Integer.parseInt(value(CONSENT_RENEWAL_MONTHS));
	}

	/**
	 * How long before its start a client may still move or cancel a session online; closer than
	 * this they phone the clinic.
	 */
	@Transactional(readOnly = true)
	public java.time.Duration onlineChangeNotice() {
		return java.time.Duration.ofHours(onlineChangeNoticeHours());
	}

	@Transactional(readOnly = true)
	int onlineChangeNoticeHours() {
		return Integer.parseInt(value(ONLINE_CHANGE_NOTICE_HOURS));
	}

	/** Years a client's clinical records are kept after they were last seen. */
	@Transactional(readOnly = true)
	public int retentionAdultYears() {
		return Integer.parseInt(value(RETENTION_ADULT_YEARS));
	}

	/** The birthday until which the records of someone seen as a minor are kept at least. */
	@Transactional(readOnly = true)
	public int retentionMinorAge() {
		return Integer.parseInt(value(RETENTION_MINOR_AGE));
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
		var notice = setting(ONLINE_CHANGE_NOTICE_HOURS);
		if (!notice.getValue().equals(String.valueOf(form.getOnlineChangeNoticeHours()))) {
			notice.change(String.valueOf(form.getOnlineChangeNoticeHours()), byAccount, this.clock.instant());
		}
		changeNumber(RETENTION_ADULT_YEARS, form.getRetentionAdultYears(), byAccount);
		changeNumber(RETENTION_MINOR_AGE, form.getRetentionMinorAge(), byAccount);
		var contact = setting(CONTACT_LINES);
		if (!contact.getValue().equals(form.getContactLines().strip())) {
			contact.change(form.getContactLines().strip(), byAccount, this.clock.instant());
		}
	}

	private void changeNumber(String key, int value, long byAccount) {
		var setting = setting(key);
		if (!setting.getValue().equals(String.valueOf(value))) {
			setting.change(String.valueOf(value), byAccount, this.clock.instant());
		}
	}

	void changeCrisisContacts(String text, int editedVersion, long byAccount) {
		var setting = crisis();
		if (setting.getVersion() != editedVersion) {
			throw new StaleEditException("Setting", CRISIS_CONTACTS);
		}
		setting.change(text.strip(), byAccount, this.clock.instant());
	}

	/** A setting's value, kept in memory: every page with a client on it shows one or two. */
	private String value(String key) {
		Map<String, String> all = this.kept.get(ReferenceData.CLINIC_SETTINGS, "all", () -> this.settings.findAll()
			.stream()
			.collect(Collectors.toUnmodifiableMap(ClinicSetting::getKey, ClinicSetting::getValue)));
		String value = all.get(key);
		if (value == null) {
			throw new IllegalStateException("The " + key + " setting is missing");
		}
		return value;
	}

	private ClinicSetting crisis() {
		return setting(CRISIS_CONTACTS);
	}

	private ClinicSetting setting(String key) {
		return this.settings.findById(key)
			.orElseThrow(() -> new IllegalStateException("The " + key + " setting is missing"));
	}

}
