package com.holdspace.records;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Resource;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;

/**
 * Writes a FHIR R4 {@code collection} bundle one entry at a time: the bundle's own elements first,
 * then each resource as it is made, so a record of hundreds of sessions never sits in memory as one
 * {@link Bundle}. Each resource is written by HAPI FHIR's JSON parser; only the array around them is
 * written here.
 */
final class FhirBundleWriter {

	private final Writer out;

	private final IParser parser;

	private boolean first = true;

	private int entries;

	FhirBundleWriter(FhirContext fhir, OutputStream out, String bundleId, Instant timestamp) {
		this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		this.parser = fhir.newJsonParser();
		Bundle head = new Bundle();
		head.setId(bundleId);
		head.getMeta().setLastUpdated(Date.from(timestamp));
		head.setIdentifier(new Identifier().setSystem("urn:ietf:rfc:3986").setValue("urn:uuid:" + bundleId));
		head.setType(Bundle.BundleType.COLLECTION);
		head.setTimestamp(Date.from(timestamp));
		String json = this.parser.encodeResourceToString(head);
		// the bundle without entries ends with its closing brace: the entries go in before it
		write(json.substring(0, json.lastIndexOf('}')) + ",\"entry\":[");
	}

	/** Adds the resource as the bundle's next entry, its full URL the {@code urn:uuid:} of its id. */
	void add(Resource resource) {
		write(this.first ? "{\"fullUrl\":\"" : ",{\"fullUrl\":\"");
		this.first = false;
		write(FhirIds.fullUrl(resource) + "\",\"resource\":");
		try {
			this.parser.encodeResourceToWriter(resource, this.out);
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
		write("}");
		this.entries++;
	}

	int entries() {
		return this.entries;
	}

	/**
	 * Closes the entries and the bundle. Not called when writing failed part way, so that a bundle cut
	 * short is never well-formed JSON that could pass for a whole record.
	 */
	void finish() {
		write("]}");
		try {
			this.out.flush();
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	private void write(String text) {
		try {
			this.out.write(text);
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

}
