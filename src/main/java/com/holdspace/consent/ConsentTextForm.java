package com.holdspace.consent;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An admin's edit of a consent text; saving it makes the next version. */
public class ConsentTextForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 200, message = "{validation.tooLong}")
	private String title;

	@NotBlank(message = "{validation.required}")
	@Size(max = 20000, message = "{validation.tooLong}")
	private String body;

	private int version;

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public int getVersion() {
		return this.version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

}
