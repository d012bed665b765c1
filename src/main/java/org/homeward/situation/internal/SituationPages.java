package org.homeward.situation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.homeward.geography.HomeCountry;
import org.homeward.geography.Places;
import org.homeward.situation.Situation;
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

	private final Situation situation;
	private final Places places;
	private final HomeCountry homeCountry;
	private final Clock clock;

	SituationPages(Situation situation, Places places, HomeCountry homeCountry, Clock clock) {
		this.situation = situation;
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
		List<SituationItems.CampSituation> camps = situation.camps(day);
		Map<String, String> campNames = new LinkedHashMap<>();
		Map<String, List<CampAccess>> accessHistory = new LinkedHashMap<>();
		camps.forEach(camp -> {
			campNames.put(camp.camp(), places.find(camp.camp()).map(p -> p.names().in(language)).orElse(camp.camp()));
			List<CampAccess> history = new java.util.ArrayList<>(situation.accessHistory(camp.camp()).stream()
				.filter(access -> !access.since().isAfter(day)).toList());
			java.util.Collections.reverse(history);
			accessHistory.put(camp.camp(), history);
		});
		model.addAttribute("asOf", day);
		model.addAttribute("days", period);
		model.addAttribute("camps", camps);
		model.addAttribute("campNames", campNames);
		model.addAttribute("accessHistory", accessHistory);
		model.addAttribute("legalActs", situation.legalActs(day.minusDays(period - 1L), day));
		model.addAttribute("actions", situation.actions());
		model.addAttribute("aid", situation.aid(day.minusDays(period - 1L), day));
		return "situation/situation";
	}
}
