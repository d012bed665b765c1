package org.homeward.collect.internal;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.homeward.web.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** The forms Homeward publishes, by their {@code formID}. */
@Component
class Forms {

	private final List<CollectForm> all;

	Forms(List<CollectForm> forms) {
		this.all = forms.stream().sorted(Comparator.comparing(CollectForm::id)).toList();
	}

	/** Every form, by id. */
	List<CollectForm> all() {
		return all;
	}

	Optional<CollectForm> find(String id) {
		return all.stream().filter(form -> form.id().equals(id)).findFirst();
	}

	/** The form to download, or a 404. */
	CollectForm require(String id) {
		return find(id).orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "not-found", "Form not found",
				"Homeward publishes no form '" + id + "'."));
	}

	/** The form a submission fills, or a refusal naming those Homeward takes. */
	CollectForm ofSubmission(String id) {
		return find(id).orElseThrow(() -> Submission.refused("Homeward takes submissions of the forms "
				+ String.join(", ", all.stream().map(CollectForm::id).toList()) + ", not '" + id + "'."));
	}

	/** The names of the repeats of every form: what a reader takes as the entries of a repeat. */
	Set<String> repeats() {
		Set<String> names = new HashSet<>();
		all.forEach(form -> names.addAll(form.repeats()));
		return names;
	}
}
