package org.homeward.situation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.homeward.geography.HomeCountry;
import org.homeward.geography.Places;
import org.homeward.situation.AidDeliveries;
import org.homeward.situation.Camps;
import org.homeward.situation.CoordinationActions;
import org.homeward.situation.LegalActs;
import org.homeward.situation.SituationItems;
import org.homeward.situation.SituationItems.CampAccess;
import org.homeward.web.FormErrors;
import org.homeward.web.WebPage;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The situation as of a day: camps with their access over time, legal acts, coordination actions, aid. */
@WebPage
class SituationPages {

	private final Camps camps;
	private final LegalActs legalActs;
	private final CoordinationActions actions;
	private final AidDeliveries aid;
	private final Places places;
	private final HomeCountry homeCountry;
	private final Clock clock;

	SituationPages(Camps camps, LegalActs legalActs, CoordinationActions actions, AidDeliveries aid, Places places,
			HomeCountry homeCountry, Clock clock) {
		this.camps = camps;
		this.legalActs = legalActs;
		this.actions = actions;
		this.aid = aid;
		this.places = places;
		this.homeCountry = homeCountry;
		this.clock = clock;
	}

	@GetMapping("/situation")
	String situation(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(defaultValue = "90") int days, Model model) {
		LocalDate day = asOf != null ? asOf : homeCountry.today(clock);
		int period = Math.max(1, Math.min(days, 3_660));
		String language = FormErrors.language();
		List<SituationItems.CampSituation> situations = camps.asOf(day);
		Map<String, String> campNames = new LinkedHashMap<>();
		Map<String, List<CampAccess>> accessHistory = new LinkedHashMap<>();
		situations.forEach(camp -> {
			campNames.put(camp.camp(), places.find(camp.camp()).map(p -> p.names().in(language)).orElse(camp.camp()));
			List<CampAccess> history = new java.util.ArrayList<>(camps.accessHistory(camp.camp()).stream()
				.filter(access -> !access.since().isAfter(day)).toList());
			java.util.Collections.reverse(history);
			accessHistory.put(camp.camp(), history);
		});
		model.addAttribute("asOf", day);
		model.addAttribute("days", period);
		model.addAttribute("camps", situations);
		model.addAttribute("campNames", campNames);
		model.addAttribute("accessHistory", accessHistory);
		model.addAttribute("legalActs", legalActs.signed(day.minusDays(period - 1L), day));
		model.addAttribute("actions", actions.current());
		model.addAttribute("aid", aid.deliveredIn(day.minusDays(period - 1L), day));
		return "situation/situation";
	}
}
