package com.holdspace.site;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Adding or renaming a site. The token makes a double-tapped "Add" add one site. */
public class SiteForm {

	private UUID creationToken = UUID.randomUUID();

	private Integer version;

	@NotBlank(message = "{validation.required}")
	@Size(max = 80, message = "{validation.tooLong}")
	private String name;

	static SiteForm from(Site site) {
		var form = new SiteForm();
		form.version = site.getVersion();
		form.name = site.getName();
		return form;
	}

	public UUID getCreationToken() {
		return this.creationToken;
	}

	public void setCreationToken(UUID creationToken) {
		this.creationToken = creationToken;
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

}
