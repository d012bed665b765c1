package org.homeward.briefing.internal;

import java.util.logging.Level;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the PDF renderer's messages to the application's log (its own logger writes to the console, which would
 * mix with a PDF the command line writes to standard output): warnings as warnings, the rest at debug.
 */
final class PdfRendererLog implements XRLogger {

	private static final Logger log = LoggerFactory.getLogger("com.openhtmltopdf");

	private PdfRendererLog() {
	}

	static synchronized void install() {
		XRLog.setLoggerImpl(new PdfRendererLog());
	}

	@Override
	public void log(String where, Level level, String message) {
		log(where, level, message, null);
	}

	@Override
	public void log(String where, Level level, String message, Throwable failure) {
		if (level.intValue() >= Level.WARNING.intValue()) {
			log.warn("{}: {}", where, message, failure);
		}
		else {
			log.debug("{}: {}", where, message, failure);
		}
	}

	@Override
	public void setLevel(String logger, Level level) {
		// the application's logging configuration decides
	}

	@Override
	public boolean isLogLevelEnabled(Diagnostic diagnostic) {
		return diagnostic.getLevel().intValue() >= Level.WARNING.intValue() ? log.isWarnEnabled() : log.isDebugEnabled();
	}
}
