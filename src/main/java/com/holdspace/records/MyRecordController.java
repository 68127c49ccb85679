package com.holdspace.records;

import java.io.IOException;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.holdspace.audit.AuditAction;
import com.holdspace.audit.Audited;
import com.holdspace.shared.SignedInPerson;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Clients only (SecurityConfig): a copy of everything the clinic holds about them, asked for on
 * their phone and downloaded once someone at the clinic has released it. Everything is looked up
 * for the signed-in client's own record; another client's export id is not found.
 */
@Controller
class MyRecordController {

	private final RecordExports exports;

	private final RecordFile file;

	MyRecordController(RecordExports exports, RecordFile file) {
		this.exports = exports;
		this.file = file;
	}

	@Audited(value = AuditAction.VIEW, client = "")
	@GetMapping("/me/record")
	String myRecord(@AuthenticationPrincipal SignedInPerson me, Model model) {
		var mine = this.exports.shownToClient(me.getClientId());
		model.addAttribute("released", mine.stream().filter(export -> export.status() == ExportStatus.RELEASED).toList());
		model.addAttribute("open", mine.stream().filter(ExportView::isOpenRequest).findFirst().orElse(null));
		model.addAttribute("token", UUID.randomUUID());
		return "records/mine";
	}

	/** "Ask for a copy of my record": one request while it is open, however often it is asked. */
	@Audited(value = AuditAction.EDIT, client = "")
	@PostMapping("/me/record")
	String ask(@RequestParam UUID token, @AuthenticationPrincipal SignedInPerson me, RedirectAttributes redirect) {
		this.exports.ask(me.getClientId(), token, me);
		redirect.addFlashAttribute("notice", "records.mine.notice.asked");
		return "redirect:/me/record";
	}

	@Audited(value = AuditAction.EXPORT, client = "")
	@GetMapping("/me/record/{exportId}.pdf")
	void pdf(@PathVariable long exportId, @AuthenticationPrincipal SignedInPerson me, HttpServletResponse response)
			throws IOException {
		RecordExportController.send(this.exports.fileForClient(me.getClientId(), exportId), this.file, response);
	}

}
