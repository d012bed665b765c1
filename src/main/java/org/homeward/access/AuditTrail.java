package org.homeward.access;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.ObjectMapper;

/**
 * The append-only record of who changed what, when, and why. Modules call it inside the transaction of their
 * write, so a change and its audit entry land together or not at all.
 */
@Service
public class AuditTrail {

	private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);

	private final JdbcClient jdbc;
	private final ObjectMapper json;
	private final Clock clock;

	AuditTrail(JdbcClient jdbc, ObjectMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/** Records an action by the current user on one subject, with what changed. */
	public void record(String action, String subjectType, String subjectId, Map<String, ?> details) {
		record(currentActor(), action, subjectType, subjectId, details, null);
	}

	/** Records an action with the reason a person gave for it (corrections, voids). */
	public void record(String actor, String action, String subjectType, String subjectId, Map<String, ?> details,
			String reason) {
		jdbc.sql("""
				insert into audit_event (occurred_at, actor, action, subject_type, subject_id, details, reason,
				                         client_address)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				""")
				.params(Timestamp.from(clock.instant()), actor, action, subjectType, subjectId,
						details == null || details.isEmpty() ? null : json.writeValueAsString(new TreeMap<>(details)),
						reason, clientAddress())
				.update();
		log.info("audit action={} subject={}:{} actor={}", action, subjectType, subjectId, actor);
	}

	/** The name of the user behind the current request; "anonymous" or "system" when there is none. */
	public String currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return "system";
		}
		if (authentication instanceof AnonymousAuthenticationToken || !authentication.isAuthenticated()) {
			return "anonymous";
		}
		return authentication.getName();
	}

	/** The device key the current request came with, if it came with one. */
	public Optional<Device> currentDevice() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getDetails() instanceof Device device ? Optional.of(device)
				: Optional.empty();
	}

	private static String clientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
			return request.getRequest().getRemoteAddr();
		}
		return null;
	}
}
