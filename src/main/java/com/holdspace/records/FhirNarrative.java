package com.holdspace.records;

import java.util.ArrayList;
import java.util.List;

import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.utilities.xhtml.NodeType;
import org.hl7.fhir.utilities.xhtml.XhtmlNode;

/**
 * The human-readable text of a resource: a heading and its lines, in the words the clinic uses, so
 * that a record read in any FHIR viewer (or years on, without Holdspace) still says what it says.
 * Built as nodes rather than markup, so nothing typed by a person is ever read as HTML.
 */
final class FhirNarrative {

	private final String heading;

	private final List<String[]> lines = new ArrayList<>();

	private FhirNarrative(String heading) {
		this.heading = heading;
	}

	static FhirNarrative titled(String heading) {
		return new FhirNarrative(heading);
	}

	/** A line "label: value", left out when the value is empty. */
	FhirNarrative line(String label, Object value) {
		if (value != null && !value.toString().isBlank()) {
			this.lines.add(new String[] { label, value.toString() });
		}
		return this;
	}

	/** A line of its own words, left out when empty. */
	FhirNarrative line(String text) {
		if (text != null && !text.isBlank()) {
			this.lines.add(new String[] { null, text });
		}
		return this;
	}

	Narrative build() {
		XhtmlNode div = new XhtmlNode(NodeType.Element, "div");
		div.setAttribute("xmlns", "http://www.w3.org/1999/xhtml");
		div.addTag("p").addTag("b").addText(this.heading);
		for (String[] line : this.lines) {
			XhtmlNode p = div.addTag("p");
			if (line[0] != null) {
				p.addText(line[0] + ": ");
			}
			p.addText(line[1]);
		}
		Narrative narrative = new Narrative();
		narrative.setStatus(Narrative.NarrativeStatus.GENERATED);
		narrative.setDiv(div);
		return narrative;
	}

}
