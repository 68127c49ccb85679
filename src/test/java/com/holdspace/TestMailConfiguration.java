package com.holdspace;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * A GreenMail SMTP server for the test context, on a free port so that test runs on the same
 * machine never collide; spring.mail points at it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestMailConfiguration {

	@Bean(destroyMethod = "stop")
	GreenMail greenMail() {
		GreenMail greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		greenMail.start();
		return greenMail;
	}

	@Bean
	DynamicPropertyRegistrar mailServer(GreenMail greenMail) {
		return properties -> {
			properties.add("spring.mail.host", () -> greenMail.getSmtp().getBindTo());
			properties.add("spring.mail.port", () -> greenMail.getSmtp().getPort());
		};
	}

}
