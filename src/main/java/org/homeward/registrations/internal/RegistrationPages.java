package org.homeward.registrations.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.homeward.ledger.RecordKey;
import org.homeward.web.ProblemException;
import org.homeward.web.WebPage;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The registrations as a coordinator reconciling sources reads them: registrations against distinct people as of
 * a day, and the review queue, where a pair is compared side by side (each registration's read audited) and
 * decided one person or two.
 */
@WebPage
class RegistrationPages {

	private static final int QUEUE_SHOWN = 50;

	private final LinkedFigures figures;
	private final LinkageDecisions decisions;
	private final PersonRecords persons;
	private final JdbcClient jdbc;

	RegistrationPages(LinkedFigures figures, LinkageDecisions decisions, PersonRecords persons, JdbcClient jdbc) {
		this.figures = figures;
		this.decisions = decisions;
		this.persons = persons;
		this.jdbc = jdbc;
	}

	@GetMapping("/registrations")
	String overview(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(defaultValue = "7") int days, Model model) {
		// the latest day registered, as every page opens on the latest data
		LocalDate day = asOf != null ? asOf : jdbc.sql("select max(registered_on) from registration")
			.query(LocalDate.class).optional().orElse(LocalDate.of(2018, 10, 22));
		int period = Math.max(1, Math.min(days, RegistrationController.MAX_DAYS));
		List<LinkageDecisions.Review> reviews = decisions.reviews();
		model.addAttribute("asOf", day);
		model.addAttribute("days", period);
		model.addAttribute("figures", figures.figures(day, period, List.of()));
		model.addAttribute("reviews", reviews.subList(0, Math.min(reviews.size(), QUEUE_SHOWN)));
		model.addAttribute("reviewCount", reviews.size());
		return "registrations/overview";
	}

	@GetMapping("/registrations/compare")
	String compare(@RequestParam String a, @RequestParam String b, Model model) {
		RecordKey first = key("a", a);
		RecordKey second = key("b", b);
		PersonRecords.RegistrationView one = persons.registration(first.source(), first.id());
		PersonRecords.RegistrationView other = persons.registration(second.source(), second.id());
		model.addAttribute("a", one);
		model.addAttribute("b", other);
		model.addAttribute("names", List.of(
				new NameRow("given", name(one, PersonRecords.WrittenNames::given), name(other, PersonRecords.WrittenNames::given)),
				new NameRow("father", name(one, PersonRecords.WrittenNames::father), name(other, PersonRecords.WrittenNames::father)),
				new NameRow("grandfather", name(one, PersonRecords.WrittenNames::grandfather),
						name(other, PersonRecords.WrittenNames::grandfather)),
				new NameRow("family", name(one, PersonRecords.WrittenNames::family), name(other, PersonRecords.WrittenNames::family)),
				new NameRow("mother", name(one, PersonRecords.WrittenNames::mother), name(other, PersonRecords.WrittenNames::mother)),
				new NameRow("birth", name(one, PersonRecords.WrittenNames::birth), name(other, PersonRecords.WrittenNames::birth)),
				new NameRow("nationalId", name(one, PersonRecords.WrittenNames::nationalId),
						name(other, PersonRecords.WrittenNames::nationalId))));
		model.addAttribute("keyA", first.toString());
		model.addAttribute("keyB", second.toString());
		return "registrations/compare";
	}

	@PostMapping("/registrations/decisions")
	String decide(@RequestParam String a, @RequestParam String b, @RequestParam boolean samePerson,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		decisions.decide(key("a", a), key("b", b), samePerson, reason);
		redirect.addFlashAttribute("decided", samePerson ? "same" : "different");
		return "redirect:/registrations";
	}

	/** One line of the comparison: what each registration wrote in one field, empty where it wrote nothing. */
	record NameRow(String field, String a, String b) {
	}

	private static String name(PersonRecords.RegistrationView view,
			Function<PersonRecords.WrittenNames, String> part) {
		return view.names() == null || part.apply(view.names()) == null ? "" : part.apply(view.names());
	}

	private static RecordKey key(String field, String text) {
		int slash = text.indexOf('/');
		if (slash <= 0 || slash == text.length() - 1) {
			throw ProblemException.invalid(field, text, "a registration is named SOURCE/id.");
		}
		return RecordKey.of(text.substring(0, slash), text.substring(slash + 1));
	}
}
