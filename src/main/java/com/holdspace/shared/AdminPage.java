package com.holdspace.shared;

import java.util.function.IntConsumer;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The steps of an admin's page of named things, taken alike on each: a save that is refused shows
 * the form again with the reason next to its field, or at the top; one that goes through says so on
 * the list; a stale edit keeps what was typed. {@code what} names the thing as its stale text does
 * ({@link StaleEditException}), {@code path} is the list's address.
 */
public record AdminPage(String what, String path) {

	/** Blank is not a name: what is typed is trimmed, and nothing typed is nothing. */
	public static void trim(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	/** Adds unless the form already has errors; {@code again} shows the form again when it cannot. */
	public String add(BindingResult result, RedirectAttributes redirect, String notice, Runnable add,
			Supplier<String> again) {
		if (!result.hasErrors()) {
			try {
				add.run();
				redirect.addFlashAttribute("notice", notice);
				return "redirect:" + this.path;
			}
			catch (Refused refused) {
				refused.addTo(result);
			}
		}
		return again.get();
	}

	/**
	 * Saves an edit on the version the form was opened on; a form without one was not opened here,
	 * and is as stale. A stale edit keeps what was typed against the version now {@code saved}, so
	 * saving again, once the admin has looked, goes through instead of being refused for ever.
	 */
	public String change(AdminForm form, BindingResult result, RedirectAttributes redirect, String notice,
			IntConsumer change, IntSupplier saved, Supplier<String> again) {
		if (form.getVersion() == null) {
			result.reject(StaleEditException.code(this.what));
		}
		return add(result, redirect, notice, () -> {
			try {
				change.accept(form.getVersion());
			}
			catch (StaleEditException stale) {
				form.savedMeanwhile(saved.getAsInt());
				throw stale;
			}
		}, again);
	}

	/** Retires the thing or brings it back; {@code notices} ends in .active or .inactive as it did. */
	public String setActive(boolean active, RedirectAttributes redirect, String notices, Runnable change,
			String next) {
		try {
			change.run();
			redirect.addFlashAttribute("notice", notices + (active ? ".active" : ".inactive"));
		}
		catch (Refused refused) {
			redirect.addFlashAttribute("problem", refused.code());
		}
		return "redirect:" + next;
	}

}
