package com.holdspace.staff;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The password is not one of the most common ones (see {@link PasswordPolicy}). Its length is
 * checked by {@code @Size} beside it.
 */
@Documented
@Constraint(validatedBy = PasswordFits.Check.class)
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface PasswordFits {

	String message() default "{validation.passwordCommon}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Check implements ConstraintValidator<PasswordFits, String> {

		@Override
		public boolean isValid(String password, ConstraintValidatorContext context) {
			// a password of the wrong length gets only the length message, so one thing is asked at a time
			return password == null || password.length() < PasswordPolicy.MIN_LENGTH
					|| password.length() > PasswordPolicy.MAX_LENGTH || !PasswordPolicy.isCommon(password);
		}

	}

}
