package org.homeward;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

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
}
