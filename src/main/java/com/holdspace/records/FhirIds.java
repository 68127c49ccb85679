package com.holdspace.records;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * The ids of a record's resources. Each is a name-based UUID of the clinic's address, the resource
 * type and the row it comes from, so the same row has the same id in every export of the record
 * (a receiving system can tell an update from a new entry), and no database id shows in a reference.
 */
final class FhirIds {

	private final String clinic;

	FhirIds(String publicUrl) {
		this.clinic = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	/** The clinic's own address, without a trailing slash: canonical URLs of its definitions start here. */
	String clinic() {
		return this.clinic;
	}

	/** A canonical URL under the clinic's {@code /fhir/}, such as {@code Questionnaire/safe-intake}. */
	String canonical(String path) {
		return this.clinic + "/fhir/" + path;
	}

	/** The id of the resource made from one row (or one part of a row, such as {@code "1234/before"}). */
	String id(String type, Object row) {
		return UUID.nameUUIDFromBytes((this.clinic + "/" + type + "/" + row).getBytes(StandardCharsets.UTF_8)).toString();
	}

	/** Gives the resource its id for that row, and answers it. */
	<R extends Resource> R identify(R resource, Object row) {
		resource.setId(id(resource.fhirType(), row));
		return resource;
	}

	/** A reference to the resource of that type and row, resolved by its entry's {@code urn:uuid:} full URL. */
	Reference reference(String type, Object row) {
		return new Reference("urn:uuid:" + id(type, row));
	}

	Reference reference(String type, Object row, String display) {
		return reference(type, row).setDisplay(display);
	}

	static String fullUrl(Resource resource) {
		return "urn:uuid:" + resource.getIdElement().getIdPart();
	}

}
