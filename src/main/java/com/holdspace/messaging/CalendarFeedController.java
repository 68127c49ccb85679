package com.holdspace.messaging;

import java.nio.charset.StandardCharsets;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.holdspace.staff.HoldspaceUser;

/**
 * The therapist's own calendar feed page (therapists only), the admin's revoke button on a staff
 * page (admin only), and the feed itself, open to anyone who has the secret link (see SecurityConfig).
 */
@Controller
class CalendarFeedController {

	private static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private static final String PAGE = "redirect:/calendar/feed";

	private final CalendarFeeds feeds;

	private final String publicUrl;

	CalendarFeedController(CalendarFeeds feeds, @Value("${holdspace.public-url:http://localhost:8080}") String publicUrl) {
		this.feeds = feeds;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	/** The link is on the page once, right after it was made (a flash attribute); never again. */
	@GetMapping("/calendar/feed")
	String page(@AuthenticationPrincipal HoldspaceUser me, Model model) {
		model.addAttribute("feedMadeAt", this.feeds.madeAt(me.getAccountId()).orElse(null));
		return "messaging/feed";
	}

	@PostMapping("/calendar/feed")
	String renew(@AuthenticationPrincipal HoldspaceUser me, RedirectAttributes redirect) {
		boolean had = this.feeds.madeAt(me.getAccountId()).isPresent();
		redirect.addFlashAttribute("feedUrl", url(this.feeds.renew(me.getAccountId())));
		redirect.addFlashAttribute("notice", had ? "feed.notice.renewed" : "feed.notice.created");
		return PAGE;
	}

	@PostMapping("/calendar/feed/revoke")
	String revoke(@AuthenticationPrincipal HoldspaceUser me, RedirectAttributes redirect) {
		this.feeds.revoke(me.getAccountId());
		redirect.addFlashAttribute("notice", "feed.notice.revoked");
		return PAGE;
	}

	@PostMapping("/admin/staff/{id}/calendar-feed/revoke")
	String revokeFor(@PathVariable long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", this.feeds.revoke(id) ? "feed.notice.revoked" : "feed.notice.none");
		return "redirect:/admin/staff/" + id;
	}

	/** Unknown, revoked or rotated tokens get a bare 404: nothing tells a guesser anything. */
	@GetMapping("/feeds/{token}.ics")
	ResponseEntity<String> feed(@PathVariable String token) {
		return this.feeds.feed(token)
			.map(ics -> ResponseEntity.ok().contentType(CALENDAR).header("X-Robots-Tag", "noindex").body(ics))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

	private String url(String token) {
		return this.publicUrl + "/feeds/" + token + ".ics";
	}

}
