package org.homeward.access.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.homeward.access.Device;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a phone pointed at its own URL, {@code {base}/openrosa/key/{token}} (exchange contract, section 6),
 * as the user its device token stands for, as the account stands now. A key that is unknown, revoked or whose user
 * is disabled is answered 403 with an OpenRosa message the phone shows, before anything is read or written: asking
 * for a password would not help a device that keeps none.
 */
class DeviceKeyFilter extends OncePerRequestFilter {

	static final String PATH = "/openrosa/key/";

	private final ApiTokens tokens;

	DeviceKeyFilter(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !path(request).startsWith(PATH);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = path(request);
		int end = path.indexOf('/', PATH.length());
		String key = end < 0 ? path.substring(PATH.length()) : path.substring(PATH.length(), end);
		Optional<ApiTokens.Holder> holder = tokens.holder(key, ApiTokens.Purpose.DEVICE);
		if (holder.isEmpty()) {
			refuse(response, HttpServletResponse.SC_FORBIDDEN,
					"This device's key is unknown or revoked. Ask an administrator for a new one and scan its code.");
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		UserAccount user = holder.get().user();
		UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken
			.authenticated(user.username(), null, user.standing().authorities());
		// what came in is counted by device too: the key's name tells a user's phones apart
		authentication.setDetails(new Device(holder.get().tokenName()));
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** An OpenRosa response without the success nature: its message is what the phone shows. */
	static void refuse(HttpServletResponse response, int status, String message) throws IOException {
		response.setStatus(status);
		response.setHeader("X-OpenRosa-Version", "1.0");
		response.setContentType("text/xml;charset=UTF-8");
		response.getOutputStream().write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<OpenRosaResponse xmlns=\"http://openrosa.org/http/response\"><message>" + message
				+ "</message></OpenRosaResponse>\n").getBytes(StandardCharsets.UTF_8));
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}
}
