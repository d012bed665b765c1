package org.homeward.situation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.homeward.situation.SituationItems.LegalAct;
import org.homeward.situation.SituationItems.LegalActKind;
import org.homeward.situation.internal.ItemIds;
import org.homeward.situation.internal.LegalActRepository;
import org.homeward.situation.internal.Problems;
import org.homeward.situation.internal.SituationChanges;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The legal acts bearing on the returns (amnesties, decrees), each correction a new version with who, when and
 * why. A refused request names each problem and writes nothing.
 */
@Service
public class LegalActs {

	private final LegalActRepository store;
	private final ItemIds ids;
	private final SituationChanges changes;

	LegalActs(LegalActRepository store, ItemIds ids, SituationChanges changes) {
		this.store = store;
		this.ids = ids;
		this.changes = changes;
	}

	/** The legal acts signed in the days {@code from}..{@code to}, in their current version. */
	@Transactional(readOnly = true)
	public List<LegalAct> signed(LocalDate from, LocalDate to) {
		return store.signed(from, to);
	}

	/** Every version of a legal act, the first first; a 404 problem when there is no such act. */
	public List<LegalAct> versions(long id) {
		return changes.versions("Legal act", id, store::versions);
	}

	@Transactional
	public LegalAct register(LegalActRequest request) {
		return record(null, 1, request);
	}

	/** Records a new version of a legal act, with the reason for the correction. */
	@Transactional
	public LegalAct correct(long id, LegalActRequest request) {
		return record(id, versions(id).size() + 1, request);
	}

	private LegalAct record(Long id, int version, LegalActRequest request) {
		String source = changes.check(request.source(), problems -> request.check(id != null, problems));
		LegalAct act = new LegalAct(id == null ? ids.next() : id, version, Problems.blankToNull(request.number()),
				request.title().strip(), request.legalActKind().orElseThrow(), request.signedOn(),
				Problems.blankToNull(request.summary()), Problems.blankToNull(request.link()), source, changes.now(),
				changes.actor(), Problems.blankToNull(request.reason()));
		store.insert(act);
		changes.audit(id == null ? "legal_act.registered" : "legal_act.corrected", "legal_act", Long.toString(act.id()),
				Map.of("title", act.title(), "version", act.version()), act.reason());
		return act;
	}

	/** What a person sends to register or correct a legal act. */
	public record LegalActRequest(String number, String title, String kind, LocalDate signedOn, String summary,
			String link, String source, String reason) {

		/** Names every problem of the act but its source's; a correction says why it is made. */
		void check(boolean correction, Problems problems) {
			problems.requiredLine("title", title, 300);
			problems.line("number", number, 50);
			if (legalActKind().isEmpty()) {
				problems.add("kind", kind, "The kind is amnesty, decree, law, resolution or other.");
			}
			problems.notFuture("signedOn", signedOn);
			problems.lines("summary", summary, 4000);
			problems.link("link", link);
			if (correction) {
				problems.requiredLines("reason", reason, 1000);
			}
		}

		Optional<LegalActKind> legalActKind() {
			return SituationItems.parse(LegalActKind.class, kind);
		}
	}
}
