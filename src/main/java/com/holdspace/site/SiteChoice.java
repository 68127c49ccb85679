package com.holdspace.site;

import java.util.List;
import java.util.Map;

import org.springframework.modulith.NamedInterface;
import org.springframework.ui.Model;

/**
 * What a form that places a room or a person needs: the sites to offer (those in use, and the one
 * already chosen even if it no longer is), every site's name for labels, and whether there is a
 * choice at all. A clinic with one site is never asked.
 */
@NamedInterface("api")
public record SiteChoice(List<Site> options, Map<Long, String> names, boolean chain) {

	public void addTo(Model model) {
		model.addAttribute("sites", this.options);
		model.addAttribute("siteNames", this.names);
		model.addAttribute("chain", this.chain);
	}

}
