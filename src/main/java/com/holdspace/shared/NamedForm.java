package com.holdspace.shared;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An admin form whose thing is known by a name, as long as the database's column allows. */
public class NamedForm extends AdminForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 80, message = "{validation.tooLong}")
	private String name;

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

}
