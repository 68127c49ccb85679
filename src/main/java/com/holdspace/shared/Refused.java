package com.holdspace.shared;

import java.util.List;
import java.util.Map;

import org.springframework.beans.BeanUtils;
import org.springframework.validation.Errors;

/**
 * A rule of the clinic said no: the one way every module refuses a command. Each reason is a
 * message code, the form field it is about (or none, when it is about the whole form) and the
 * message's arguments. A controller puts it on its form with {@link #addTo(Errors)}, so every
 * refusal reads the same way on every page: next to its field, or at the top of the form.
 */
public class Refused extends RuntimeException {

	/** One reason: a message code, the field it belongs next to (null for the whole form) and its arguments. */
	public record Reason(String field, String code, Object... arguments) {
	}

	private final List<Reason> reasons;

	/** Refused for a reason about one field; {@code field} is null when it is about the whole form. */
	public Refused(String field, String code, Object... arguments) {
		this(List.of(new Reason(field, code, arguments.clone())));
	}

	private Refused(List<Reason> reasons) {
		super(reasons.get(0).code(), null, false, false);
		this.reasons = List.copyOf(reasons);
	}

	/** Refused for a reason about the whole form, not one of its fields. */
	public static Refused because(String code, Object... arguments) {
		return new Refused(null, code, arguments);
	}

	/** Refused for several reasons at once, none of them about one field; at least one. */
	public static Refused because(List<String> codes) {
		if (codes.isEmpty()) {
			throw new IllegalArgumentException("a refusal needs a reason");
		}
		return new Refused(codes.stream().map(code -> new Reason(null, code)).toList());
	}

	/** Refused for every one of the given reasons, in their order; at least one. */
	public static Refused forReasons(List<Reason> reasons) {
		if (reasons.isEmpty()) {
			throw new IllegalArgumentException("a refusal needs a reason");
		}
		return new Refused(reasons);
	}

	/** The first reason's field, or null. */
	public String field() {
		return this.reasons.get(0).field();
	}

	/** The first reason's message code. */
	public String code() {
		return this.reasons.get(0).code();
	}

	/** The first reason's message arguments. */
	public Object[] arguments() {
		return this.reasons.get(0).arguments().clone();
	}

	/** Every reason's message code, in the order they were found. */
	public List<String> codes() {
		return this.reasons.stream().map(Reason::code).toList();
	}

	/** Puts every reason on the form: next to its field where the form has one, else at the top. */
	public void addTo(Errors errors) {
		addTo(errors, Map.of());
	}

	/**
	 * As {@link #addTo(Errors)}, where the form calls some of the command's fields by other names;
	 * a field renamed to "" is one the form only holds hidden, so its message goes at the top.
	 */
	public void addTo(Errors errors, Map<String, String> formFields) {
		for (Reason reason : this.reasons) {
			String field = (reason.field() == null) ? "" : formFields.getOrDefault(reason.field(), reason.field());
			if (!field.isEmpty() && hasProperty(errors, field)) {
				errors.rejectValue(field, reason.code(), reason.arguments(), null);
			}
			else {
				errors.reject(reason.code(), reason.arguments(), null);
			}
		}
	}

	private static boolean hasProperty(Errors errors, String field) {
		Object target = (errors instanceof org.springframework.validation.BindingResult result) ? result.getTarget()
				: null;
		if (target == null) {
			return true;
		}
		String top = field.contains(".") ? field.substring(0, field.indexOf('.')) : field;
		top = top.contains("[") ? top.substring(0, top.indexOf('[')) : top;
		return BeanUtils.getPropertyDescriptor(target.getClass(), top) != null;
	}

}
