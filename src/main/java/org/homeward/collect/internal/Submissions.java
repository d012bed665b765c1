package org.homeward.collect.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.homeward.access.AuditTrail;
import org.homeward.access.Device;
import org.homeward.access.Scope;
import org.homeward.sources.Sources;
import org.homeward.web.InvalidInputException;
import org.homeward.web.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a submission of any form, however it came: for the submitting user's source (a partner's own, the primary
 * source for everyone else), exactly once per {@code instanceID}. Sent again unchanged it changes nothing; with other
 * content it is a correction whose reason names the submission it replaces; refused, it leaves nothing behind.
 */
@Component
class Submissions {

	private static final Logger log = LoggerFactory.getLogger(Submissions.class);

	private final Forms forms;
	private final ReceivedSubmissions received;
	private final Refusals refusals;
	private final Sources sources;
	private final AuditTrail auditTrail;
	private final Clock clock;

	Submissions(Forms forms, ReceivedSubmissions received, Refusals refusals, Sources sources, AuditTrail auditTrail,
			Clock clock) {
		this.forms = forms;
		this.received = received;
		this.refusals = refusals;
		this.sources = sources;
		this.auditTrail = auditTrail;
		this.clock = clock;
	}

	/** Records a submission in one transaction; answers whether it changed a ledger (created or corrected). */
	@Transactional
	public boolean record(Submission submission, Scope scope) {
		CollectForm form = forms.ofSubmission(submission.formId());
		String instanceId = submission.instanceId();
		if (instanceId == null || instanceId.isEmpty()) {
			throw Submission.refused("The submission has no meta/instanceID: a phone gives every form it sends one.");
		}
		String source = scope.sourceCode() != null ? scope.sourceCode() : sources.primary().code();
		Optional<ReceivedSubmissions.Received> before = received.find(source, instanceId);
		if (before.isPresent() && !before.get().formId().equals(form.id())) {
			throw Submission.refused("The instanceID " + instanceId + " names a submission of the form "
					+ before.get().formId() + " already, not of " + form.id() + ".");
		}
		// a first submission needs no reason; one received before is a correction, and says why
		String reason = before.isEmpty() ? null : submission.channel().correction(submission.deprecatedId());
		CollectForm.Recorded recorded = form.record(new CollectForm.Filled(submission, source, reason,
				before.map(ReceivedSubmissions.Received::records).orElse(0)));
		Instant at = clock.instant();
		String by = auditTrail.currentActor();
		if (before.isEmpty()) {
			received.first(new ReceivedSubmissions.First(source, instanceId, form.id(), recorded.records(),
					dayCounted(submission, form), at, by, auditTrail.currentDevice().map(Device::name).orElse(null)));
		}
		else {
			received.again(source, instanceId, recorded.records(), at, by);
		}
		log.info("submission received form={} source={} instanceId={} changed={}", form.id(), source, instanceId,
				recorded.changed());
		return recorded.changed();
	}

	/**
	 * Notes a refusal as the phone was told it, with what is known of the submission (nothing when it could not be
	 * read) and who sent it; in a transaction of its own, as the submission's was rolled back.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void refused(Submission.Channel channel, Submission submission, ProblemException refusal, Scope scope) {
		if (!refusal.status().is4xxClientError()) {
			return;
		}
		String reason = refusal instanceof InvalidInputException invalid ? Submission.problems(invalid)
				: refusal.getMessage();
		String source = scope.sourceCode() != null ? scope.sourceCode() : sources.primary().code();
		String by = auditTrail.currentActor();
		refusals.note(new Refusals.Refusal(clock.instant(), by, auditTrail.currentDevice().map(Device::name)
			.orElse(null), channel, source, submission == null ? null : submission.formId(),
				submission == null ? null : submission.instanceId(), reason));
		log.info("submission refused channel={} source={} by={} form={} instanceId={}", channel.prefix(), source, by,
				submission == null ? null : submission.formId(), submission == null ? null : submission.instanceId());
	}

	/** The day the submission counts for, as its ledger took it; none when the form left it out. */
	private static LocalDate dayCounted(Submission submission, CollectForm form) {
		String day = submission.values().getOrDefault(form.dayCounted(), "").strip();
		try {
			return day.isEmpty() ? null : LocalDate.parse(day.length() > 10 ? day.substring(0, 10) : day);
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}
}
