package com.holdspace.session;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An addition to a signed record: why, and what. */
public class AmendmentForm {

	@NotNull
	private UUID token = UUID.randomUUID();

	@NotBlank(message = "{session.error.amendReason}")
	@Size(max = 500, message = "{validation.tooLong}")
	private String reason;

	@NotBlank(message = "{session.error.amendBody}")
	@Size(max = 4000, message = "{validation.tooLong}")
	private String body;

	public UUID getToken() {
		return this.token;
	}

	public void setToken(UUID token) {
		this.token = token;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

}
