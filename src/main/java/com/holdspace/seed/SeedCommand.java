package com.holdspace.seed;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The seeding command: {@code --holdspace.seed.scale=1} fills the database with a synthetic clinic
 * (see {@link SyntheticClinic}), then stops Holdspace. Run it as the database owner, on a database
 * kept for measuring.
 */
@Component
@ConditionalOnProperty(name = "holdspace.seed.scale")
class SeedCommand implements ApplicationRunner {

	private final SyntheticClinic clinic;

	private final ApplicationContext context;

	private final double scale;

	SeedCommand(SyntheticClinic clinic, ApplicationContext context, @Value("${holdspace.seed.scale}") double scale) {
		this.clinic = clinic;
		this.context = context;
		this.scale = scale;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.clinic.seed(this.scale);
		System.exit(SpringApplication.exit(this.context, (ExitCodeGenerator) () -> 0));
	}

}
