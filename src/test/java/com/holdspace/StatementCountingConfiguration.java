package com.holdspace;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import com.holdspace.shared.ReferenceData;

/**
 * Puts a {@link StatementCounter} between the application and its database in integration tests, and
 * {@link ReferenceWrites}, which tells the reference data cache of fixtures' plain SQL at once.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCountingConfiguration {

	@Bean
	static StatementCounter statementCounter() {
		return new StatementCounter();
	}

	@Bean
	static ReferenceWrites referenceWrites() {
		return new ReferenceWrites();
	}

	@Bean
	static BeanPostProcessor countingDataSource(ObjectProvider<StatementCounter> counter,
			ObjectProvider<ReferenceWrites> referenceWrites) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
					return ProxyDataSourceBuilder.create(dataSource)
						.name(name)
						.listener(counter.getObject())
						.listener(referenceWrites.getObject())
						.build();
				}
				return bean;
			}

		};
	}

	/** Once every bean is made, fixtures' writes of reference data reach the cache (see ReferenceWrites). */
	@Bean
	static SmartInitializingSingleton referenceWritesReady(ObjectProvider<ReferenceWrites> writes,
			ObjectProvider<ReferenceData> referenceData) {
		return () -> writes.getObject().ready(referenceData.getObject());
	}

}
