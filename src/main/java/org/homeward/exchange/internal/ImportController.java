package org.homeward.exchange.internal;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.homeward.ledger.ImportSummary;
import org.homeward.web.ProblemException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Uploads in the exchange formats: the file as the request body, or as the multipart field {@code file}. */
@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "Imports", description = "HXL-tagged CSV and XLSX, all-or-nothing, idempotent with Idempotency-Key")
class ImportController {

	static final int MAX_IDEMPOTENCY_KEY = 200;

	private final HxlImports imports;

	ImportController(HxlImports imports) {
		this.imports = imports;
	}

	@PostMapping(path = "/returns", consumes = { HxlFiles.CSV, HxlFiles.TSV, HxlFiles.XLSX })
	@Operation(summary = "Import return counts (exchange contract, section 1)")
	ImportSummary returns(HttpServletRequest request,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
			@RequestParam(name = "fileName", required = false) String fileName) throws IOException {
		return imports.returns(request.getInputStream(), request.getContentType(), fileName, key(idempotencyKey));
	}

	@PostMapping(path = "/returns", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import return counts sent as the multipart field 'file'")
	ImportSummary returnsUpload(@RequestPart("file") MultipartFile file,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) throws IOException {
		return imports.returns(file.getInputStream(), file.getContentType(), file.getOriginalFilename(),
				key(idempotencyKey));
	}

	@PostMapping(path = "/facilities", consumes = { HxlFiles.CSV, HxlFiles.TSV, HxlFiles.XLSX })
	@Operation(summary = "Import facility status events (exchange contract, section 2)")
	ImportSummary facilities(HttpServletRequest request,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
			@RequestParam(name = "fileName", required = false) String fileName) throws IOException {
		return imports.facilities(request.getInputStream(), request.getContentType(), fileName, key(idempotencyKey));
	}

	@PostMapping(path = "/facilities", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import facility status events sent as the multipart field 'file'")
	ImportSummary facilitiesUpload(@RequestPart("file") MultipartFile file,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) throws IOException {
		return imports.facilities(file.getInputStream(), file.getContentType(), file.getOriginalFilename(),
				key(idempotencyKey));
	}

	@PostMapping(path = "/registrations", consumes = { HxlFiles.CSV, HxlFiles.TSV, HxlFiles.XLSX })
	@Operation(summary = "Import household registrations (exchange contract, section 5)")
	ImportSummary registrations(HttpServletRequest request,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
			@RequestParam(name = "fileName", required = false) String fileName) throws IOException {
		return imports.registrations(request.getInputStream(), request.getContentType(), fileName,
				key(idempotencyKey));
	}

	@PostMapping(path = "/registrations", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import household registrations sent as the multipart field 'file'")
	ImportSummary registrationsUpload(@RequestPart("file") MultipartFile file,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) throws IOException {
		return imports.registrations(file.getInputStream(), file.getContentType(), file.getOriginalFilename(),
				key(idempotencyKey));
	}

	@PostMapping(path = "/stated-figures", consumes = { HxlFiles.CSV, HxlFiles.TSV, HxlFiles.XLSX })
	@Operation(summary = "Import headline figures a source published (exchange contract, section 7)")
	ImportSummary statedFigures(HttpServletRequest request,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
			@RequestParam(name = "fileName", required = false) String fileName) throws IOException {
		return imports.statedFigures(request.getInputStream(), request.getContentType(), fileName,
				key(idempotencyKey));
	}

	@PostMapping(path = "/stated-figures", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import headline figures sent as the multipart field 'file'")
	ImportSummary statedFiguresUpload(@RequestPart("file") MultipartFile file,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) throws IOException {
		return imports.statedFigures(file.getInputStream(), file.getContentType(), file.getOriginalFilename(),
				key(idempotencyKey));
	}

	private static String key(String idempotencyKey) {
		if (idempotencyKey == null || idempotencyKey.isBlank()) {
			return null;
		}
		if (idempotencyKey.length() > MAX_IDEMPOTENCY_KEY || idempotencyKey.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
			throw ProblemException.invalid("Idempotency-Key", idempotencyKey,
					"an idempotency key is at most " + MAX_IDEMPOTENCY_KEY + " visible ASCII characters.");
		}
		return idempotencyKey;
	}
}
