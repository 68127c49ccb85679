package com.holdspace.site;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.modulith.NamedInterface;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A site chosen on a form is one of the clinic's sites, or none (the default one). An id no site
 * has (a hand-made {@code -1}, a site that never was) is a field error next to the site picker,
 * never quietly read as the default site.
 */
@NamedInterface("api")
@Documented
@Constraint(validatedBy = KnownSite.Check.class)
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface KnownSite {

	String message() default "{site.error.unknown}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Check implements ConstraintValidator<KnownSite, Long> {

		private final Sites sites;

		Check(Sites sites) {
			this.sites = sites;
		}

		@Override
		public boolean isValid(Long siteId, ConstraintValidatorContext context) {
			return siteId == null || this.sites.exists(siteId);
		}

	}

}
