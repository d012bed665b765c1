package org.homeward.collect.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.homeward.access.Scopes;
import org.homeward.ledger.LostRace;
import org.homeward.web.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.ObjectMapper;

/**
 * The receiver of KoBoToolbox's REST Services (exchange contract, section 6): an office that collects on KoBo
 * points a REST service of its project at {@code /api/v1/collect/kobo/{formID}}, and each submission KoBo pushes
 * is recorded as the same form's submission from a phone would be, once, however often KoBo retries it.
 */
@RestController
@RequestMapping("/api/v1/collect/kobo")
@Tag(name = "Field collection", description = "Submissions pushed by KoBoToolbox's REST Services")
class KoboController {

	private final Forms forms;
	private final Submissions submissions;
	private final Scopes scopes;
	private final ObjectMapper json;

	KoboController(Forms forms, Submissions submissions, Scopes scopes, ObjectMapper json) {
		this.forms = forms;
		this.submissions = submissions;
		this.scopes = scopes;
		this.json = json;
	}

	/** What a received submission answers. */
	record Receipt(String formID, String instanceID, String message) {
	}

	@PostMapping("/{formId}")
	@Operation(summary = "Record one submission as KoBo's REST Services push it (JSON; fields by the form's names, "
			+ "group paths allowed); 201 when recorded, 202 when it was received already")
	ResponseEntity<Receipt> receive(@PathVariable String formId, @RequestBody(required = false) byte[] body) {
		CollectForm form = forms.require(formId);
		Submission submission = null;
		boolean changed;
		try {
			Submission read = KoboSubmission.read(form.id(), body == null ? new byte[0] : body, json, form.repeats());
			submission = read;
			changed = LostRace.runAgain(() -> submissions.record(read, scopes.current()));
		}
		catch (ProblemException refused) {
			submissions.refused(Submission.Channel.KOBO, submission, refused, scopes.current());
			throw refused;
		}
		return ResponseEntity.status(changed ? HttpStatus.CREATED : HttpStatus.ACCEPTED)
			.body(new Receipt(form.id(), submission.instanceId(), changed ? "Received: the submission is recorded."
					: "Already received: nothing changed."));
	}
}
