package com.holdspace;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The module graph as a Mermaid flowchart for the README, drawn from the code so it cannot drift.
 * The open {@code shared} module, which every module may use, is left out, and so is an arrow a
 * longer path already implies: what is left reads as layers, top to bottom.
 */
final class ModuleDiagram {

	private ModuleDiagram() {
	}

	static String mermaid(ApplicationModules modules) {
		Map<String, Set<String>> direct = new TreeMap<>();
		Map<String, String> names = new LinkedHashMap<>();
		for (ApplicationModule module : modules) {
			String id = module.getIdentifier().toString();
			if (id.equals("shared")) {
				continue;
			}
			names.put(id, module.getDisplayName());
			direct.put(id, module.getDirectDependencies(modules)
				.uniqueModules()
				.map(dependency -> dependency.getIdentifier().toString())
				.filter(dependency -> !dependency.equals("shared"))
				.collect(Collectors.toCollection(TreeSet::new)));
		}
		StringBuilder chart = new StringBuilder("```mermaid\nflowchart TD\n");
		new TreeMap<>(names).forEach((id, name) -> chart.append("  ").append(id).append("[\"").append(name).append("\"]\n"));
		direct.forEach((from, targets) -> {
			for (String to : targets) {
				if (!reachableOtherwise(direct, from, to)) {
					chart.append("  ").append(from).append(" --> ").append(to).append('\n');
				}
			}
		});
		return chart.append("```\n").toString();
	}

	/** Whether {@code to} is reached from {@code from} through some other module. */
	private static boolean reachableOtherwise(Map<String, Set<String>> direct, String from, String to) {
		Set<String> seen = new TreeSet<>();
		var pending = new java.util.ArrayDeque<String>();
		direct.get(from).stream().filter(next -> !next.equals(to)).forEach(pending::add);
		while (!pending.isEmpty()) {
			String current = pending.pop();
			if (current.equals(to)) {
				return true;
			}
			if (seen.add(current)) {
				pending.addAll(direct.getOrDefault(current, Set.of()));
			}
		}
		return false;
	}

}
