package org.homeward.ledger.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The embedded database in a file: checked before the migrations, the first writes of a start, when its last stop
 * was not clean; compacted when the server stops. On PostgreSQL, in memory or on an H2 server, neither happens.
 */
@Configuration(proxyBeanMethods = false)
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	/**
	 * The check runs on the database as the pool is made, before anything else has it: the migrations (whichever
	 * way they are run) and the first requests.
	 */
	@Bean
	static BeanPostProcessor checkTheEmbeddedDatabaseFirst(Environment environment) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (bean instanceof DataSource dataSource) {
					EmbeddedDatabaseCheck.fileOf(environment.getProperty("spring.datasource.url"))
						.ifPresent(file -> new EmbeddedDatabaseCheck(dataSource, file).afterUncleanStop());
				}
				return bean;
			}
		};
	}

	/**
	 * H2 writes each change to new space in its file and reuses the old only slowly: a large import leaves the file
	 * many times the size of what it holds. At a graceful stop of the server (not of the briefing command line) H2
	 * rewrites it to its live data; it writes a new file and replaces the old at the end, so a stop cut short
	 * leaves the old one whole.
	 */
	@Bean
	@ConditionalOnWebApplication
	DisposableBean compactTheEmbeddedDatabaseAtStop(DataSource dataSource, Environment environment) {
		return () -> {
			Path file = EmbeddedDatabaseCheck.fileOf(environment.getProperty("spring.datasource.url")).orElse(null);
			if (file == null || !Files.exists(file)) {
				return;
			}
			long before = Files.size(file);
			long start = System.nanoTime();
			Connection connection = dataSource.getConnection();
			try {
				connection.createStatement().execute("shutdown compact");
			}
			finally {
				try {
					connection.close();
				}
				catch (SQLException closedByTheShutdown) {
					// the connection went with the database
				}
			}
			log.info("The embedded database {} was compacted at the stop from {} MB to {} MB in {} ms", file,
					before >> 20, Files.size(file) >> 20, (System.nanoTime() - start) / 1_000_000);
		};
	}
}
