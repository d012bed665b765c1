package org.homeward;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/** Keeps the modules honest: no module reaches into another's internals, and there are no cycles. */
class ModularityTest {

	private final ApplicationModules modules = ApplicationModules.of(HomewardApplication.class);

	@Test
	void modulesOnlyUseEachOthersPublicTypes() {
		modules.verify();
	}

	@Test
	void theCapabilitiesOfTheDesignAreModules() {
		assertThat(modules.stream().map(module -> module.getIdentifier().toString()))
			.contains("geography", "sources", "access", "web");
	}

	/**
	 * Every build writes the module diagrams (PlantUML) into target/spring-modulith-docs, and the diagram that
	 * docs/architecture.md shows must be the one this code draws.
	 */
	@Test
	void theArchitectureDocsShowTheModulesAsTheCodeHasThem() throws IOException {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
		Path written = Path.of("target", "spring-modulith-docs", "components.puml");
		assertThat(written).exists();
		// compared line by line in any order: the diagram's elements and relations, not the order they are listed in
		assertThat(Files.readAllLines(Path.of("docs", "modules.puml")))
			.as("docs/modules.puml differs from the diagram of the modules as they are: copy %s over it", written)
			.containsExactlyInAnyOrderElementsOf(Files.readAllLines(written));
	}
}
