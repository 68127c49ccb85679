package com.holdspace.aftercare;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.holdspace.shared.AdminForm;

/** A catalogue item as the admin types it: a title, and words for the client longer than a name. */
public class AftercareItemForm extends AdminForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 120, message = "{validation.tooLong}")
	private String title;

	@NotBlank(message = "{aftercare.error.guidance}")
	@Size(max = 2000, message = "{validation.tooLong}")
	private String guidance;

	@NotNull(message = "{validation.required}")
	@Min(value = 0, message = "{aftercare.error.order}")
	@Max(value = 1000, message = "{aftercare.error.order}")
	private Integer sortOrder = 100;

	static AftercareItemForm of(AftercareItem item) {
		var form = new AftercareItemForm();
		form.setVersion(item.getVersion());
		form.title = item.getTitle();
		form.guidance = item.getGuidance();
		form.sortOrder = item.getSortOrder();
		return form;
	}

	@Override
	@NotNull
	public UUID getCreationToken() {
		return super.getCreationToken();
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getGuidance() {
		return this.guidance;
	}

	public void setGuidance(String guidance) {
		this.guidance = guidance;
	}

	public Integer getSortOrder() {
		return this.sortOrder;
	}

	public void setSortOrder(Integer sortOrder) {
		this.sortOrder = sortOrder;
	}

}
