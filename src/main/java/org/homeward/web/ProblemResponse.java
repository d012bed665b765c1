package org.homeward.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import tools.jackson.databind.ObjectMapper;

/**
 * Writes RFC 9457 problem details straight to a response, for refusals made before a controller runs (filters,
 * security handlers), in the same shape as the advice gives every other error.
 */
public final class ProblemResponse {

	private ProblemResponse() {
	}

	public static void write(ObjectMapper json, HttpServletRequest request, HttpServletResponse response, int status,
			String code, String title, String detail) throws IOException {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "/problems/" + code);
		body.put("title", title);
		body.put("status", status);
		body.put("detail", detail);
		body.put("instance", request.getRequestURI());
		body.put("code", code);
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getOutputStream(), body);
	}
}
