package com.holdspace.online;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Online booking settings a clinic may tune in {@code application.properties}.
 *
 * @param hold how long a new client's time is held while they open the emailed link
 * @param minimumFillTime a form sent back sooner than a person could type it came from a program
 * @param daysAhead how many days the public page lets a visitor step through
 */
@ConfigurationProperties("holdspace.online")
record OnlineProperties(@DefaultValue("15m") Duration hold, @DefaultValue("3s") Duration minimumFillTime,
		@DefaultValue("42") int daysAhead) {
}
