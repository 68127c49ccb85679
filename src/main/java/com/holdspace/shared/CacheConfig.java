package com.holdspace.shared;

import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Configuration;

/** Spring's cache abstraction over Caffeine, for {@link ReferenceData}; sizes in application.properties. */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class CacheConfig {

}
