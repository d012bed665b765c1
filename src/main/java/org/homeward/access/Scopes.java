package org.homeward.access;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.homeward.geography.Place;
import org.homeward.geography.Places;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Tells other modules the scope of the user behind the current request, so that the ledgers themselves refuse a
 * record outside a data officer's area or a partner's source, whatever door the record came in by.
 */
@Service
public class Scopes {

	private final JdbcClient jdbc;
	private final Places places;

	Scopes(JdbcClient jdbc, Places places) {
		this.jdbc = jdbc;
		this.places = places;
	}

	/** The current user's scope; everything for a coordinator, an administrator and the system itself. */
	public Scope current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return Scope.EVERYTHING;
		}
		Set<String> roles = roles(authentication.getAuthorities());
		if (roles.contains("ROLE_ADMIN") || roles.contains("ROLE_COORDINATOR")) {
			return Scope.EVERYTHING;
		}
		String username = authentication.getName();
		List<Place> area = null;
		String source = null;
		if (roles.contains("ROLE_DATA_OFFICER")) {
			area = jdbc.sql("""
					select s.place_code from user_scope s join app_user u on u.id = s.user_id
					 where u.username = ? order by s.place_code
					""").param(username).query(String.class).list().stream()
				.flatMap(code -> places.find(code).stream()).toList();
		}
		if (roles.contains("ROLE_PARTNER")) {
			// a partner without a source writes as none
			source = Objects.requireNonNullElse(jdbc.sql("select source_code from app_user where username = ?")
				.param(username).query(String.class).optional().orElse(null), "");
		}
		if (area == null && source == null) {
			// an analyst reads the whole country; the security rules keep analysts and visitors from every write
			return Scope.EVERYTHING;
		}
		return new Scope(area, source);
	}

	private static Set<String> roles(Collection<? extends GrantedAuthority> authorities) {
		return authorities.stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
	}
}
