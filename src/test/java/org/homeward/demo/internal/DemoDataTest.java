package org.homeward.demo.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** When the demo data is loaded: HOMEWARD_DEMO true, false, or unset (then only into an empty embedded database). */
class DemoDataTest {

	@Test
	void unsetLoadsIntoAnEmptyEmbeddedDatabaseOnly() {
		assertThat(DemoData.shouldLoad(null, true, true)).isTrue();
		assertThat(DemoData.shouldLoad(null, true, false)).isFalse();
		assertThat(DemoData.shouldLoad(null, false, true)).isFalse();
	}

	@Test
	void trueLoadsIntoAnyEmptyDatabaseAndFalseNever() {
		assertThat(DemoData.shouldLoad(true, true, false)).isTrue();
		assertThat(DemoData.shouldLoad(true, false, true)).isFalse();
		assertThat(DemoData.shouldLoad(false, true, true)).isFalse();
	}
}
