package org.homeward;

import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;

import org.homeward.briefing.BriefingCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.Modulithic;

/**
 * Starts Homeward: the web application and its API or, with {@code briefing} as the first argument, the briefing
 * command line on the configured database.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "web")
public class HomewardApplication {

	public static void main(String[] args) throws IOException {
		if (args.length > 0 && args[0].equals(BriefingCommand.NAME)) {
			System.exit(briefing(Arrays.copyOfRange(args, 1, args.length)));
		}
		SpringApplication.run(HomewardApplication.class, args);
	}

	/** Runs the briefing command: arguments are checked before anything starts; no web server, no log on stdout. */
	static int briefing(String[] arguments) throws IOException {
		BriefingCommand.Options options;
		try {
			options = BriefingCommand.Options.parse(Arrays.asList(arguments));
		}
		catch (IllegalArgumentException bad) {
			System.err.println("homeward briefing: " + bad.getMessage());
			System.err.println(BriefingCommand.USAGE);
			return 2;
		}
		SpringApplication application = new SpringApplication(HomewardApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setDefaultProperties(Map.of("logging.level.root", "OFF", "spring.main.log-startup-info", "false",
				"homeward.command-line", "true"));
		try (ConfigurableApplicationContext context = application.run()) {
			return context.getBean(BriefingCommand.class).run(options, System.out, System.err);
		}
		catch (RuntimeException failed) {
			Throwable cause = failed;
			while (cause.getCause() != null) {
				cause = cause.getCause();
			}
			System.err.println("homeward briefing: could not start on the configured database: " + cause.getMessage());
			return 1;
		}
	}

	/** Domain code asks this clock for "now", so tests can fix time. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}
}
