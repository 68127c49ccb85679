package com.holdspace.intake;

import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** The completion rules that look at more than one answer. */
@Component
class IntakeValidator implements Validator {

	/** One signal only: "red, or stop" or "pineapple / tap twice" are two. */
	private static final Pattern MORE_THAN_ONE = Pattern.compile("[,;/&+]|\\s(or|and)\\s", Pattern.CASE_INSENSITIVE);

	@Override
	public boolean supports(Class<?> type) {
		return IntakeForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		var answers = (IntakeForm) target;
		if (answers.getStopSignal() != null && MORE_THAN_ONE.matcher(answers.getStopSignal()).find()
				&& !errors.hasFieldErrors("stopSignal")) {
			errors.rejectValue("stopSignal", "intake.error.oneStopSignal");
		}
		if (Boolean.TRUE.equals(answers.getRecentSurgery())) {
			if (answers.getSurgeryDate() == null && !errors.hasFieldErrors("surgeryDate")) {
				errors.rejectValue("surgeryDate", "intake.error.surgeryDate");
			}
			if (answers.getSurgeryWhat() == null) {
				errors.rejectValue("surgeryWhat", "validation.required");
			}
		}
		if (answers.getContraindicatingCondition() == Contraindication.YES && answers.getContraindicationDetail() == null) {
			errors.rejectValue("contraindicationDetail", "intake.error.contraindicationDetail");
		}
	}

}
