package com.holdspace.records;

import java.io.IOException;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.holdspace.audit.AuditAction;
import com.holdspace.audit.Audited;
import com.holdspace.client.ClientService;
import com.holdspace.shared.Refused;
import com.holdspace.shared.SignedInPerson;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Admin and the therapists in the client's care (SecurityConfig keeps the desk out; the care rule
 * answers 404 for a therapist outside it, before each audited handler runs): a copy of the client's
 * whole record produced, watched while it is written, read, and released to the client.
 */
@Controller
@RequestMapping("/clients/{clientId}/record-exports")
class RecordExportController {

	private final RecordExports exports;

	private final RecordFile file;

	private final ClientService clients;

	RecordExportController(RecordExports exports, RecordFile file, ClientService clients) {
		this.exports = exports;
		this.file = file;
		this.clients = clients;
	}

	/** "Produce the whole record": one export per press, however often the press arrives. */
	@Audited(AuditAction.EDIT)
	@PostMapping
	String produce(@PathVariable long clientId, @RequestParam UUID token,
			@AuthenticationPrincipal SignedInPerson me) {
		long exportId = this.exports.produce(clientId, token, me);
		return "redirect:/clients/" + clientId + "/record-exports/" + exportId;
	}

	@Audited(AuditAction.VIEW)
	@GetMapping("/{exportId}")
	String export(@PathVariable long clientId, @PathVariable long exportId, Model model) {
		return page(clientId, exportId, model);
	}

	private String page(long clientId, long exportId, Model model) {
		model.addAttribute("export", this.exports.view(clientId, exportId));
		model.addAttribute("others", this.exports.ofClient(clientId, RecordExports.LISTED)
			.stream()
			.filter(other -> other.id() != exportId)
			.toList());
		model.addAttribute("clientName", this.clients.calledNames(java.util.List.of(clientId)).get(clientId));
		model.addAttribute("token", UUID.randomUUID());
		return "records/export";
	}

	/**
	 * How far the writing has got, for the page's script to swap in while it waits. Asked every few
	 * seconds, so it is not a line in the audit log each time; the care rule is asked here instead.
	 */
	@GetMapping("/{exportId}/progress")
	String progress(@PathVariable long clientId, @PathVariable long exportId,
			@AuthenticationPrincipal SignedInPerson me, Model model) {
		this.exports.requireClinical(me, clientId);
		model.addAttribute("export", this.exports.view(clientId, exportId));
		return "records/export :: progress";
	}

	/**
	 * The PDF, copied from PostgreSQL a part at a time straight into the response: the whole file
	 * is never in memory. Not kept by the browser or anything between.
	 */
	@Audited(AuditAction.EXPORT)
	@GetMapping("/{exportId}/pdf")
	void pdf(@PathVariable long clientId, @PathVariable long exportId, HttpServletResponse response)
			throws IOException {
		send(this.exports.fileForClinic(clientId, exportId), this.file, response);
	}

	static void send(ExportView export, RecordFile file, HttpServletResponse response) throws IOException {
		response.setContentType(MediaType.APPLICATION_PDF_VALUE);
		response.setContentLengthLong(export.bytes());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(export.fileName()).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		file.copyTo(export.id(), export.fileParts(), response.getOutputStream());
	}

	@Audited(AuditAction.EDIT)
	@PostMapping("/{exportId}/retry")
	String retry(@PathVariable long clientId, @PathVariable long exportId, RedirectAttributes redirect) {
		try {
			this.exports.retry(clientId, exportId);
			redirect.addFlashAttribute("notice", "records.export.notice.retried");
		}
		catch (Refused refused) {
			redirect.addFlashAttribute("problem", refused.code());
		}
		return "redirect:/clients/" + clientId + "/record-exports/" + exportId;
	}

	/** "Release to the client", by the person signed in, with an optional note. */
	@Audited(AuditAction.EXPORT)
	@PostMapping("/{exportId}/release")
	String release(@PathVariable long clientId, @PathVariable long exportId,
			@RequestParam(defaultValue = "") String note, @AuthenticationPrincipal SignedInPerson me, Model model,
			RedirectAttributes redirect) {
		try {
			this.exports.release(clientId, exportId, me, note);
		}
		catch (Refused refused) {
			if ("note".equals(refused.field())) {
				// the words typed stay, with the message next to them
				model.addAttribute("noteProblem", refused.code());
				model.addAttribute("note", note);
				return page(clientId, exportId, model);
			}
			redirect.addFlashAttribute("problem", refused.code());
			return "redirect:/clients/" + clientId + "/record-exports/" + exportId;
		}
		redirect.addFlashAttribute("notice", "records.export.notice.released");
		return "redirect:/clients/" + clientId + "/record-exports/" + exportId;
	}

}
