package com.holdspace.shared;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The rekeying command: {@code --holdspace.encryption.rekey=true} rewrites every encrypted text
 * under the current key, then stops Holdspace (see {@link Rekeying} and SECURITY.md).
 */
@Component
@ConditionalOnProperty(name = "holdspace.encryption.rekey", havingValue = "true")
class RekeyCommand implements ApplicationRunner {

	private final Rekeying rekeying;

	private final ApplicationContext context;

	RekeyCommand(Rekeying rekeying, ApplicationContext context) {
		this.rekeying = rekeying;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.rekeying.rewriteAll();
		System.exit(SpringApplication.exit(this.context, (ExitCodeGenerator) () -> 0));
	}

}
