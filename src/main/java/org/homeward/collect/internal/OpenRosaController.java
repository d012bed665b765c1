package org.homeward.collect.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Hidden;
import org.homeward.access.Scopes;
import org.homeward.ledger.LostRace;
import org.homeward.web.InvalidInputException;
import org.homeward.web.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;

/**
 * The OpenRosa 1.0 server a phone is pointed at ({@code {base}/openrosa}, exchange contract section 6): the form
 * list, the forms and their manifests, and submissions. Every answer carries {@code X-OpenRosa-Version: 1.0}, and a
 * refused submission an OpenRosa message the phone shows. A phone that keeps no password is pointed at its device's
 * own URL, {@code {base}/openrosa/key/{token}}, and is served the same as its user.
 */
@Hidden
@RestController
@RequestMapping({ "/openrosa", "/openrosa/key/{key}" })
class OpenRosaController {

	static final String VERSION_HEADER = "X-OpenRosa-Version";
	/** The largest submission a phone should send in one request; a larger one it splits. */
	static final long ACCEPTED_LENGTH = 10_000_000;
	private static final MediaType XML = new MediaType("text", "xml", StandardCharsets.UTF_8);

	private final Forms forms;
	private final Submissions submissions;
	private final Scopes scopes;
	private final Clock clock;

	OpenRosaController(Forms forms, Submissions submissions, Scopes scopes, Clock clock) {
		this.forms = forms;
		this.submissions = submissions;
		this.scopes = scopes;
		this.clock = clock;
	}

	@GetMapping("/formList")
	ResponseEntity<String> formList(HttpServletRequest request) {
		String base = XForm.escape(base(request));
		StringBuilder list = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<xforms xmlns=\"http://openrosa.org/xforms/xformsList\">\n");
		for (CollectForm form : forms.all()) {
			CollectForm.Made made = form.make(scopes.current());
			list.append("<xform><formID>").append(form.id()).append("</formID><name>").append(XForm.escape(form.title()))
				.append("</name><version>").append(made.version()).append("</version><hash>md5:").append(md5(made.xml()))
				.append("</hash><downloadUrl>").append(base).append("/forms/").append(form.id())
				.append("</downloadUrl><manifestUrl>").append(base).append("/forms/").append(form.id())
				.append("/manifest</manifestUrl></xform>\n");
		}
		return xml(HttpStatus.OK, list.append("</xforms>\n").toString());
	}

	@GetMapping("/forms/{formId}")
	ResponseEntity<String> form(@PathVariable String formId) {
		return xml(HttpStatus.OK, forms.require(formId).make(scopes.current()).xml());
	}

	@GetMapping("/forms/{formId}/manifest")
	ResponseEntity<String> manifest(@PathVariable String formId) {
		forms.require(formId);
		return xml(HttpStatus.OK, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<manifest xmlns=\"http://openrosa.org/xforms/xformsManifest\"/>\n");
	}

	@RequestMapping(path = "/submission", method = RequestMethod.HEAD)
	ResponseEntity<Void> submissionCheck() {
		return ResponseEntity.noContent().header(VERSION_HEADER, "1.0")
			.header("X-OpenRosa-Accept-Content-Length", Long.toString(ACCEPTED_LENGTH))
			.header("Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(clock.instant().atOffset(ZoneOffset.UTC)))
			.build();
	}

	@RequestMapping(path = "/submission", method = RequestMethod.POST)
	ResponseEntity<String> submit(@RequestPart(name = "xml_submission_file", required = false) MultipartFile file)
			throws IOException {
		Submission submission = null;
		boolean changed;
		try {
			if (file == null) {
				throw Submission.refused("The request holds no xml_submission_file part.");
			}
			Submission read = Submission.fromXml(file.getBytes(), forms.repeats());
			submission = read;
			changed = LostRace.runAgain(() -> submissions.record(read, scopes.current()));
		}
		catch (ProblemException refused) {
			submissions.refused(Submission.Channel.OPENROSA, submission, refused, scopes.current());
			throw refused;
		}
		return xml(changed ? HttpStatus.CREATED : HttpStatus.ACCEPTED, response(true, changed
				? "Received: the submission is recorded." : "Already received: nothing changed."));
	}

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<String> refused(InvalidInputException refused) {
		return xml(HttpStatus.BAD_REQUEST, response(false, Submission.problems(refused)));
	}

	@ExceptionHandler(ProblemException.class)
	ResponseEntity<String> problem(ProblemException problem) {
		return xml(problem.status(), response(false, problem.getMessage()));
	}

	@ExceptionHandler(MultipartException.class)
	ResponseEntity<String> notMultipart(MultipartException e) {
		return xml(HttpStatus.BAD_REQUEST, response(false, "A submission is sent as multipart/form-data with the part "
				+ "xml_submission_file."));
	}

	/** An OpenRosa response: its message is what the phone shows. */
	private static String response(boolean received, String message) {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<OpenRosaResponse xmlns=\"http://openrosa.org/http/response\">"
				+ (received ? "<message nature=\"submit_success\">" : "<message>") + XForm.escape(message)
				+ "</message></OpenRosaResponse>\n";
	}

	private static ResponseEntity<String> xml(HttpStatus status, String body) {
		return ResponseEntity.status(status).header(VERSION_HEADER, "1.0").contentType(XML).body(body);
	}

	/** The server URL as the phone reached it, so that the links it follows lead back the same way. */
	private static String base(HttpServletRequest request) {
		String url = request.getRequestURL().toString();
		return url.substring(0, url.lastIndexOf("/formList"));
	}

	private static String md5(String text) {
		try {
			// the form list names a form's hash as OpenRosa says, in MD5, for a phone to know when to fetch it again
			return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("MD5 is part of every JDK", e);
		}
	}
}
