package org.homeward.web.internal;

import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

import static org.assertj.core.api.Assertions.assertThat;

/** A page's write that lost a race is answered as the API answers it: a conflict to send again, not an error. */
class PageErrorAdviceTest {

	private final PageErrorAdvice advice = new PageErrorAdvice();

	@Test
	void aWriteThatLostARaceForANewRowIsAConflict() {
		assertConflict(advice.race(new DuplicateKeyException(
				"duplicate key value violates unique constraint \"return_day_total_pkey\"")));
	}

	@Test
	void aWriteThatLostALockIsAConflict() {
		assertConflict(advice.race(new CannotAcquireLockException("deadlock detected")));
	}

	private static void assertConflict(ModelAndView page) {
		assertThat(page.getStatus()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(page.getViewName()).isEqualTo("error/problem");
		assertThat(page.getModel()).containsEntry("status", 409)
			.containsEntry("problemTitle", "Conflict with recorded data")
			.containsEntry("detail", "Another request changed the same records or figures at the same moment, so "
					+ "nothing was written. Send it again.");
	}
}
