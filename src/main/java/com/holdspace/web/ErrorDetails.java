package com.holdspace.web;

import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * What an error page may say: the status, and for a request Holdspace refused to read, which
 * problem it was, in words. Never the exception, its message or a trace (see application.properties).
 */
@Component
class ErrorDetails extends DefaultErrorAttributes {

	private final MessageSource messages;

	ErrorDetails(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(request, options);
		if (request.getAttribute(RequestSanityFilter.PROBLEM, RequestAttributes.SCOPE_REQUEST) instanceof String key) {
			attributes.put("problem", this.messages.getMessage(key, null, LocaleContextHolder.getLocale()));
		}
		return attributes;
	}

}
