package org.homeward.access;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The names people are shown by on staff pages: an account's display name, or its user name when it has none.
 * Never for public outputs, which name no one.
 */
@Service
public class AccountNames {

	private final JdbcClient jdbc;

	AccountNames(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Each of these user names with the name its account is shown by; a name no account has stays as it is. */
	public Map<String, String> displayNames(Collection<String> usernames) {
		Map<String, String> names = new HashMap<>();
		usernames.forEach(username -> names.put(username, username));
		if (usernames.isEmpty()) {
			return names;
		}
		List<String> asked = List.copyOf(new java.util.LinkedHashSet<>(usernames));
		jdbc.sql("select username, display_name from app_user where display_name is not null and username in ("
				+ String.join(", ", Collections.nCopies(asked.size(), "?")) + ")")
			.params(asked)
			.query((row, n) -> Map.entry(row.getString("username"), row.getString("display_name"))).list()
			.forEach(named -> {
				if (!named.getValue().isBlank()) {
					names.put(named.getKey(), named.getValue());
				}
			});
		return names;
	}
}
