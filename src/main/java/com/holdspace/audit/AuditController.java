package com.holdspace.audit;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Admin only (see SecurityConfig): the audit log, narrowed and paged, its CSV export (itself a line
 * in the log), and a check of its chain.
 */
@Controller
class AuditController {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ISO_INSTANT;

	private static final String[] HEADER = { "position", "time_utc", "user", "role", "client_id", "action", "what",
			"status", "address" };

	private final AuditQueries queries;

	private final AuditChain chain;

	private final AuditAnchors anchors;

	private final AuditChainJob job;

	AuditController(AuditQueries queries, AuditChain chain, AuditAnchors anchors, AuditChainJob job) {
		this.queries = queries;
		this.job = job;
		this.chain = chain;
		this.anchors = anchors;
	}

	@InitBinder("filter")
	void initBinder(WebDataBinder binder) {
		binder.setAllowedFields("user", "clientId", "action", "from", "to", "before");
	}

	/** Reading the audit log is itself written to it, with the filter used. */
	@Audited(value = AuditAction.VIEW, client = "")
	@GetMapping("/admin/audit")
	String log(@Validated @ModelAttribute("filter") AuditFilter filter, BindingResult result, Model model) {
		// the events of the last second are shown too, chained now rather than by the next run
		this.job.catchUp();
		List<AuditRecord> events = result.hasErrors() ? List.of() : this.queries.page(filter);
		model.addAttribute("events", events);
		model.addAttribute("actions", AuditAction.values());
		model.addAttribute("nextBefore",
				(events.size() == AuditQueries.PAGE) ? events.get(events.size() - 1).position() : null);
		return "audit/log";
	}

	@Audited(value = AuditAction.EXPORT, client = "")
	@GetMapping("/admin/audit/export")
	void export(@Validated @ModelAttribute("filter") AuditFilter filter, BindingResult result,
			HttpServletResponse response) throws IOException {
		if (result.hasErrors()) {
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		this.job.catchUp();
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"holdspace-audit-log.csv\"");
		response.setHeader("Cache-Control", "no-store");
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
			this.queries.each(filter, event -> {
				try {
					csv.printRecord(event.position(), UTC.format(event.occurredAt()), safe(event.actor()), event.role(),
							event.clientId(), event.action(), safe(event.subject()), event.status(), safe(event.address()));
				}
				catch (IOException failed) {
					throw new UncheckedIOException(failed);
				}
			});
		}
	}

	/**
	 * The head of the log, sealed with the audit key: an admin keeps it away from the database, and
	 * the log is anchored there too, so that a log later cut short is found by the check.
	 */
	@Audited(value = AuditAction.EXPORT, client = "")
	@GetMapping("/admin/audit/digest")
	void digest(HttpServletResponse response) throws IOException {
		AuditAnchors.Anchor anchor = this.anchors.anchorNow().orElse(null);
		response.setContentType("text/plain;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"holdspace-audit-digest.txt\"");
		response.setHeader("Cache-Control", "no-store");
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		if (anchor == null) {
			out.write("Holdspace audit digest: the log is empty.\n");
		}
		else {
			out.write("Holdspace audit digest\n");
			out.write("at " + anchor.at() + ", the newest event is " + anchor.position() + " with hash " + anchor.hash() + "\n");
			out.write("sealed with audit key " + anchor.keyId() + ": " + anchor.mac() + "\n");
			out.write("anchor line: " + anchor.line() + "\n");
		}
		out.flush();
	}

	@PostMapping("/admin/audit/verify")
	String verify(RedirectAttributes redirect) {
		AuditChain.Verdict verdict = this.chain.verify();
		redirect.addFlashAttribute("verdict", verdict);
		return "redirect:/admin/audit";
	}

	/** A cell a spreadsheet would run as a formula is kept as text. */
	private static String safe(String cell) {
		return (cell != null && !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) ? "'" + cell : cell;
	}

}
