package com.holdspace.audit;

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
 * The verification command: {@code --holdspace.audit.verify=true} checks the audit log's chain,
 * prints what it found and stops Holdspace with exit code 0 when the log is intact, 1 when not.
 */
@Component
@ConditionalOnProperty(name = "holdspace.audit.verify", havingValue = "true")
class AuditVerification implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AuditVerification.class);

	private final AuditChain chain;

	private final ApplicationContext context;

	AuditVerification(AuditChain chain, ApplicationContext context) {
		this.chain = chain;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		AuditChain.Verdict verdict = this.chain.verify();
		if (verdict.intact()) {
			log.info("Audit log intact: {} events checked, each chained to the one before.", verdict.checked());
		}
		else {
			log.error("Audit log BROKEN at event {}: {}. {} events before it are intact.", verdict.brokenAt(),
					verdict.problem(), verdict.checked());
		}
		int code = verdict.intact() ? 0 : 1;
		System.exit(SpringApplication.exit(this.context, (ExitCodeGenerator) () -> code));
	}

}
