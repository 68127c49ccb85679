package com.holdspace.audit;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.Size;

/** What the admin narrows the audit log to; every part is optional. */
public class AuditFilter {

	@Size(max = 254, message = "{validation.tooLong}")
	private String user;

	private Long clientId;

	private AuditAction action;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate from;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate to;

	/** Events before this position: the next page of a long log. */
	private Long before;

	public String getUser() {
		return this.user;
	}

	public void setUser(String user) {
		this.user = (user == null || user.isBlank()) ? null : user.strip();
	}

	public Long getClientId() {
		return this.clientId;
	}

	public void setClientId(Long clientId) {
		this.clientId = clientId;
	}

	public AuditAction getAction() {
		return this.action;
	}

	public void setAction(AuditAction action) {
		this.action = action;
	}

	public LocalDate getFrom() {
		return this.from;
	}

	public void setFrom(LocalDate from) {
		this.from = from;
	}

	public LocalDate getTo() {
		return this.to;
	}

	public void setTo(LocalDate to) {
		this.to = to;
	}

	public Long getBefore() {
		return this.before;
	}

	public void setBefore(Long before) {
		this.before = before;
	}

}
