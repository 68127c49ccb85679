package com.holdspace.booking;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.holdspace.shared.Refused;
import com.holdspace.shared.StaleEditException;
import com.holdspace.site.Sites;

/** Admin only (see SecurityConfig, /admin/**): the clinic's treatment rooms. */
@Controller
@RequestMapping("/admin/rooms")
class RoomController {

	private static final String LIST = "booking/rooms";

	private static final String EDIT = "booking/room";

	private final ClinicResources resources;

	private final RoomService rooms;

	private final Sites sites;

	RoomController(ClinicResources resources, RoomService rooms, Sites sites) {
		this.resources = resources;
		this.rooms = rooms;
		this.sites = sites;
	}

	@InitBinder("form")
	void initBinder(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	@GetMapping
	String list(Model model) {
		return showList(new RoomForm(), model);
	}

	@PostMapping
	String add(@Validated @ModelAttribute("form") RoomForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showList(form, model);
		}
		try {
			this.rooms.add(form.getCreationToken(), form.getName(), form.getSiteId());
		}
		catch (Refused refused) {
			refused.addTo(result);
			return showList(form, model);
		}
		redirect.addFlashAttribute("notice", "rooms.notice.added");
		return "redirect:/admin/rooms";
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		Room room = this.resources.room(id);
		return showEdit(room, RoomForm.from(room), model);
	}

	@PostMapping("/{id}")
	String rename(@PathVariable long id, @Validated @ModelAttribute("form") RoomForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (form.getVersion() == null) {
			result.reject("stale.room");
		}
		if (result.hasErrors()) {
			return showEdit(this.resources.room(id), form, model);
		}
		try {
			this.rooms.rename(id, form.getVersion(), form.getName(), form.getSiteId());
		}
		catch (Refused refused) {
			refused.addTo(result);
			Room saved = this.resources.room(id);
			if (refused instanceof StaleEditException) {
				// the typed name stays, against the version now saved, so saving again goes through
				form.setVersion(saved.getVersion());
			}
			return showEdit(saved, form, model);
		}
		redirect.addFlashAttribute("notice", "rooms.notice.renamed");
		return "redirect:/admin/rooms";
	}

	@PostMapping("/{id}/active")
	String setActive(@PathVariable long id, @RequestParam boolean active, @RequestParam int version,
			RedirectAttributes redirect) {
		try {
			this.rooms.setActive(id, version, active);
			redirect.addFlashAttribute("notice", active ? "rooms.notice.active" : "rooms.notice.inactive");
		}
		catch (Refused refused) {
			redirect.addFlashAttribute("problem", refused.code());
		}
		return "redirect:/admin/rooms/" + id;
	}

	private String showList(RoomForm form, Model model) {
		if (form.getSiteId() == null) {
			form.setSiteId(this.sites.defaultSiteId());
		}
		model.addAttribute("form", form);
		model.addAttribute("rooms", this.resources.rooms());
		siteChoice(model, null);
		return LIST;
	}

	private String showEdit(Room room, RoomForm form, Model model) {
		model.addAttribute("room", room);
		model.addAttribute("form", form);
		siteChoice(model, room.getSiteId());
		return EDIT;
	}

	private void siteChoice(Model model, Long current) {
		this.sites.choice(current).addTo(model);
	}

}
