package com.holdspace.waitlist;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.holdspace.site.KnownSite;

/**
 * The "add to waitlist" form as typed. A fixed number of time rows is shown so more than one can
 * be given without script; rows left empty are ignored. Rules that need the clinic's types and
 * therapists live in {@link WaitlistFormValidator}.
 */
public class WaitlistForm {

	static final int ROWS = 4;

	@NotNull
	private UUID creationToken = UUID.randomUUID();

	private Long clientId;

	@NotNull(message = "{waitlist.error.type}")
	private Long sessionTypeId;

	/** Null: any therapist. */
	private Long therapistId;

	@KnownSite
	private Long siteId;

	@Size(max = ROWS)
	private List<WindowRow> windows = new ArrayList<>();

	@Size(max = 1000, message = "{validation.tooLong}")
	private String note;

	public WaitlistForm() {
		padRows();
	}

	/** Keeps {@link #ROWS} rows on screen, the filled ones first. */
	void padRows() {
		while (this.windows.size() < ROWS) {
			this.windows.add(new WindowRow());
		}
	}

	List<WindowRow> filledRows() {
		return this.windows.stream().filter(row -> row != null && !row.isBlank()).toList();
	}

	NewEntry toNewEntry() {
		return new NewEntry(this.creationToken, this.sessionTypeId, this.therapistId, this.siteId, filledRows().stream().map(WindowRow::toWindow).toList(),
				this.note);
	}

	public UUID getCreationToken() {
		return this.creationToken;
	}

	public void setCreationToken(UUID creationToken) {
		this.creationToken = creationToken;
	}

	public Long getClientId() {
		return this.clientId;
	}

	public void setClientId(Long clientId) {
		this.clientId = clientId;
	}

	public Long getSessionTypeId() {
		return this.sessionTypeId;
	}

	public void setSessionTypeId(Long sessionTypeId) {
		this.sessionTypeId = sessionTypeId;
	}

	/** For any therapist: the clinic where the client would come. Empty when there is one site. */
	public Long getSiteId() {
		return this.siteId;
	}

	public void setSiteId(Long siteId) {
		this.siteId = siteId;
	}

	public Long getTherapistId() {
		return this.therapistId;
	}

	public void setTherapistId(Long therapistId) {
		this.therapistId = therapistId;
	}

	public List<WindowRow> getWindows() {
		return this.windows;
	}

	public void setWindows(List<WindowRow> windows) {
		this.windows = windows;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
