package com.holdspace;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class HoldspaceApplication {

	public static void main(String[] args) {
		SpringApplication.run(HoldspaceApplication.class, args);
	}

}
