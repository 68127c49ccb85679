package com.holdspace.booking;

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

import com.holdspace.shared.AdminPage;
import com.holdspace.site.Sites;

/** Admin only (see SecurityConfig, /admin/**): the clinic's treatment rooms. */
@Controller
@RequestMapping("/admin/rooms")
class RoomController {

	private static final AdminPage PAGE = new AdminPage("Room", "/admin/rooms");

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
		AdminPage.trim(binder);
	}

	@GetMapping
	String list(Model model) {
		return showList(new RoomForm(), model);
	}

	@PostMapping
	String add(@Validated @ModelAttribute("form") RoomForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return PAGE.add(result, redirect, "rooms.notice.added",
				() -> this.rooms.add(form.getCreationToken(), form.getName(), form.getSiteId()),
				() -> showList(form, model));
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		Room room = this.resources.room(id);
		return showEdit(room, RoomForm.from(room), model);
	}

	@PostMapping("/{id}")
	String rename(@PathVariable long id, @Validated @ModelAttribute("form") RoomForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return PAGE.change(form, result, redirect, "rooms.notice.renamed",
				version -> this.rooms.rename(id, version, form.getName(), form.getSiteId()),
				() -> this.resources.room(id).getVersion(), () -> showEdit(this.resources.room(id), form, model));
	}

	@PostMapping("/{id}/active")
	String setActive(@PathVariable long id, @RequestParam boolean active, @RequestParam int version,
			RedirectAttributes redirect) {
		return PAGE.setActive(active, redirect, "rooms.notice", () -> this.rooms.setActive(id, version, active),
				"/admin/rooms/" + id);
	}

	private String showList(RoomForm form, Model model) {
		if (form.getSiteId() == null) {
			form.setSiteId(this.sites.defaultSiteId());
		}
		model.addAttribute("form", form);
		model.addAttribute("rooms", this.resources.rooms());
		this.sites.choice(null).addTo(model);
		return "booking/rooms";
	}

	private String showEdit(Room room, RoomForm form, Model model) {
		model.addAttribute("room", room);
		model.addAttribute("form", form);
		this.sites.choice(room.getSiteId()).addTo(model);
		return "booking/room";
	}

}
