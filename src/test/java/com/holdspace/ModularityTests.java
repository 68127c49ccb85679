package com.holdspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules keep to what each declares in its {@code package-info.java}: the modules it may use
 * and, of those, only the types named {@code api}. The documentation is written from the same model
 * on every build, so the README's diagram cannot fall behind the code.
 */
@Tag("fast")
class ModularityTests {

	private static final ApplicationModules MODULES = ApplicationModules.of(HoldspaceApplication.class);

	@Test
	void everyModuleKeepsToItsDeclaredDependenciesAndTheirApi() {
		MODULES.verify();
	}

	@Test
	void theReadmeShowsTheModuleGraphAsTheCodeHasIt() throws IOException {
		// component diagrams (PlantUML) and a canvas per module in target/spring-modulith-docs
		new Documenter(MODULES).writeDocumentation();

		String diagram = ModuleDiagram.mermaid(MODULES);
		assertThat(Files.readString(Path.of("README.md")))
			.as("README.md, \"Map of the code\", should hold this diagram:%n%s", diagram)
			.contains(diagram);
	}

}
