package com.holdspace.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Styles, scripts and the icon, served under names that carry a hash of their content, so a browser
 * keeps them for good ({@link FingerprintedFiles}); links in stylesheets are rewritten to match.
 * Only these folders are mapped, not Spring Boot's catch-all {@code /**}: every link a page writes
 * is checked against the mapped folders for a file to fingerprint, and with a catch-all each link to
 * a client or a booking would be looked for among the application's files.
 */
@Configuration(proxyBeanMethods = false)
class StaticFilesConfig implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		serve(registry, "classpath:/static/css/", "/css/**");
		serve(registry, "classpath:/static/js/", "/js/**");
		serve(registry, "classpath:/static/", "/favicon*.svg");
	}

	private static void serve(ResourceHandlerRegistry registry, String location, String... patterns) {
		registry.addResourceHandler(patterns)
			.addResourceLocations(location)
			// the plain names revalidate; the fingerprinted ones are kept a year by FingerprintedFiles
			.setCacheControl(CacheControl.noCache())
			.setUseLastModified(true)
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
	}

	/** Rewrites {@code @{/css/holdspace.css}} in a page to the file's fingerprinted name. */
	@Bean
	ResourceUrlEncodingFilter resourceUrlEncodingFilter() {
		return new ResourceUrlEncodingFilter();
	}

}
