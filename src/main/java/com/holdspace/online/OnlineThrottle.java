package com.holdspace.online;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import com.holdspace.shared.RateLimits;

/**
 * Counts every request to the public booking pages against the address it came from, in the
 * buckets sign-in uses: reading is allowed often, asking for a time (which holds it and sends an
 * email) a few times an hour.
 */
@Configuration
class OnlineThrottle implements HandlerInterceptor, WebMvcConfigurer {

	static final String PAGES = "online-pages";

	private static final Duration QUARTER_HOUR = Duration.ofMinutes(15);

	private final RateLimits limits;

	private final int pagesPerAddress;

	// the setting itself, not OnlineProperties: web slices load interceptors without the feature's beans
	OnlineThrottle(RateLimits limits, @Value("${holdspace.online.pages-per-address:300}") int pagesPerAddress) {
		this.limits = limits;
		this.pagesPerAddress = pagesPerAddress;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/book", "/book/**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		String address = request.getRemoteAddr();
		boolean allowed = "POST".equals(request.getMethod())
				? this.limits.tryOnce(RateLimits.Limit.ONLINE_REQUESTS, address)
				: this.limits.tryOnce(PAGES, this.pagesPerAddress, QUARTER_HOUR, address);
		if (allowed) {
			return true;
		}
		// the booking pages' own handler shows it (PublicBookingController), with the clinic's number
		throw new TooManyRequests();
	}

	/** An address that has used up its requests for now. */
	static class TooManyRequests extends RuntimeException {

		TooManyRequests() {
			super("too many requests from one address", null, false, false);
		}

	}

}
