package com.holdspace.records;

import java.io.IOException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import com.holdspace.audit.AuditAction;
import com.holdspace.audit.Audited;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A client's whole record as a FHIR R4 bundle, for another clinic's or the client's own system. Admin
 * and the therapists in the client's care only (SecurityConfig lets admin and therapists in;
 * {@link Audited} turns away a therapist outside the client's care as not found); each fetch is in
 * the audit log as an export of that client's record.
 */
@Controller
class FhirRecordController {

	private final FhirRecordDocument document;

	FhirRecordController(FhirRecordDocument document) {
		this.document = document;
	}

	/** Written as it is read, a page of sessions at a time, straight to the response: never whole in memory. */
	@Audited(AuditAction.EXPORT)
	@GetMapping("/clients/{clientId}/record.fhir.json")
	void bundle(@PathVariable long clientId, HttpServletResponse response) throws IOException {
		response.setContentType(FhirRecordDocument.MEDIA_TYPE + ";charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("client-" + clientId + "-record.fhir.json").build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		this.document.write(clientId, response.getOutputStream(), RecordProgress.NONE);
	}

}
