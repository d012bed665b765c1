package org.homeward.access;

import java.util.List;

/**
 * The codes of the registered sources, which a partner account is bound to. The sources module provides it (it
 * records its own changes in the audit trail, so access cannot depend on it).
 */
public interface SourceCodes {

	/** Every registered source code, in order. */
	List<String> codes();
}
