package org.homeward.collect.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.homeward.access.AuditTrail;
import org.homeward.access.Scopes;
import org.homeward.geography.HomeCountry;
import org.homeward.web.WebPage;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page of what came in from the field: submissions by day, user, device and form, how long after the day they
 * count for they arrived, and those refused with the reason the phone was told. Headquarters see everyone's; a data
 * officer sees their own.
 */
@WebPage
class CollectPages {

	/** The longest period the page shows at once. */
	static final int MAX_DAYS = 92;

	private final WhatCameIn whatCameIn;
	private final Scopes scopes;
	private final AuditTrail auditTrail;
	private final HomeCountry homeCountry;
	private final Clock clock;

	CollectPages(WhatCameIn whatCameIn, Scopes scopes, AuditTrail auditTrail, HomeCountry homeCountry, Clock clock) {
		this.whatCameIn = whatCameIn;
		this.scopes = scopes;
		this.auditTrail = auditTrail;
		this.homeCountry = homeCountry;
		this.clock = clock;
	}

	@GetMapping("/collect")
	String received(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(defaultValue = "7") int days, Model model) {
		LocalDate to = asOf != null ? asOf : homeCountry.today(clock);
		int period = Math.max(1, Math.min(days, MAX_DAYS));
		// coordinators and administrators see every user's; a data officer their own
		String user = scopes.current().isEverything() ? null : auditTrail.currentActor();
		model.addAttribute("report", whatCameIn.report(to.minusDays(period - 1), to, homeCountry.timeZone(), user));
		model.addAttribute("asOf", to);
		model.addAttribute("days", period);
		model.addAttribute("own", user != null);
		return "collect/received";
	}
}
