package org.homeward.web.internal;

import org.homeward.web.ProblemException;
import org.homeward.web.WebPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/** A page that cannot be shown answers with a page that says why, in the reader's language, never a stack trace. */
@ControllerAdvice(annotations = WebPage.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrorAdvice {

	private static final Logger log = LoggerFactory.getLogger(PageErrorAdvice.class);

	@ExceptionHandler(ProblemException.class)
	ModelAndView problem(ProblemException problem) {
		return page(problem.status(), problem.title(), problem.getMessage());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView mismatch(MethodArgumentTypeMismatchException mismatch) {
		return page(HttpStatus.BAD_REQUEST, "Invalid parameter", mismatch.getName() + ": '" + mismatch.getValue()
				+ (mismatch.getMostSpecificCause() instanceof RequestDays.OutsideDayRange outside
						? "' " + outside.getMessage() : "' cannot be read."));
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ModelAndView missing(MissingServletRequestParameterException missing) {
		return page(HttpStatus.BAD_REQUEST, "Missing parameter", missing.getParameterName() + " is needed.");
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView tooLarge(MaxUploadSizeExceededException tooLarge) {
		return page(HttpStatus.CONTENT_TOO_LARGE, "File too large",
				"The file is larger than a page upload takes; send it to the import API instead. Nothing was written.");
	}

	/** As on the API: a write that lost a race wrote nothing and can be sent again. */
	@ExceptionHandler({ DuplicateKeyException.class, PessimisticLockingFailureException.class })
	ModelAndView race(DataAccessException race) {
		return problem(ProblemDetailsAdvice.lostRace(race));
	}

	@ExceptionHandler(Exception.class)
	ModelAndView unexpected(Exception unexpected) {
		java.util.Optional<DatabaseOutage.Trouble> trouble = DatabaseOutage.of(unexpected);
		if (trouble.isPresent()) {
			DatabaseOutage.logOnce(trouble.get(), unexpected);
			return page(HttpStatus.SERVICE_UNAVAILABLE, trouble.get().title, trouble.get().detail);
		}
		log.error("Unexpected error while showing a page", unexpected);
		return page(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
				"Homeward could not complete this request. The error has been logged; nothing was written.");
	}

	private static ModelAndView page(HttpStatus status, String title, String detail) {
		ModelAndView page = new ModelAndView("error/problem");
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("problemTitle", title);
		page.addObject("detail", detail);
		return page;
	}
}
