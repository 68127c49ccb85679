package com.holdspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.platform.commons.support.AnnotationSupport;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Every test class says whether it is fast (no Spring context, no database: {@code ./mvnw test
 * -Dgroups=fast} answers in under a minute) or slow. A class that says neither would silently fall
 * out of the fast group, or slow it down.
 */
@Tag("fast")
class TestGroupsTests {

	@Test
	void everyTestClassIsTaggedFastOrSlowAndOnlyFastOnesStartNothing() {
		List<JavaClass> testClasses = new ClassFileImporter().withImportOption(new ImportOption.OnlyIncludeTests())
			.importPackages("com.holdspace")
			.stream()
			.filter(type -> type.getMethods()
				.stream()
				.anyMatch(method -> method.isAnnotatedWith(Test.class) || method.isAnnotatedWith(ParameterizedTest.class)))
			.toList();
		assertThat(testClasses).hasSizeGreaterThan(100);

		List<String> untagged = testClasses.stream().filter(type -> groups(type).size() != 1).map(JavaClass::getName).toList();
		List<String> fastWithContext = testClasses.stream()
			.filter(type -> groups(type).contains("fast"))
			.filter(type -> type.isMetaAnnotatedWith("org.springframework.boot.test.context.SpringBootTest")
					|| type.isMetaAnnotatedWith("org.springframework.test.context.BootstrapWith"))
			.map(JavaClass::getName)
			.toList();

		assertThat(untagged).as("test classes tagged neither fast nor slow, or both").isEmpty();
		assertThat(fastWithContext).as("fast test classes that start a Spring context").isEmpty();
	}

	private static Set<String> groups(JavaClass type) {
		return AnnotationSupport.findRepeatableAnnotations(type.reflect(), Tag.class)
			.stream()
			.map(Tag::value)
			.filter(value -> value.equals("fast") || value.equals("slow"))
			.collect(Collectors.toSet());
	}

}
