package com.holdspace.shared;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The decryption check: {@code --holdspace.encryption.check=true} decrypts every encrypted text with
 * the configured keys, prints what it found and stops Holdspace with exit code 0 when every value
 * decrypts, 1 when not. Run it after a restore, with the keys from the secret store.
 */
@Component
@ConditionalOnProperty(name = "holdspace.encryption.check", havingValue = "true")
class EncryptionCheckCommand implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(EncryptionCheckCommand.class);

	private final EncryptionCheck check;

	private final ApplicationContext context;

	EncryptionCheckCommand(EncryptionCheck check, ApplicationContext context) {
		this.check = check;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		EncryptionCheck.Result result = this.check.run();
		result.decrypted().forEach((column, count) -> log.info("{}: {} values decrypt", column, count));
		if (result.intact()) {
			log.info("Every encrypted text decrypts: {} values.", result.total());
		}
		else {
			result.problems().forEach(problem -> log.error("Encryption check: {}", problem));
		}
		int code = result.intact() ? 0 : 1;
		System.exit(SpringApplication.exit(this.context, (ExitCodeGenerator) () -> code));
	}

}
