package org.homeward.exchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

import org.homeward.exchange.HxlFileImports;
import org.homeward.web.FormErrors;
import org.homeward.ledger.ImportSummary;
import org.homeward.web.ProblemException;
import org.homeward.web.WebPage;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * A spreadsheet sent from a page: the same all-or-nothing import as the API, answered with its report (what was
 * applied, or every refused row with its column, value and reason). Each form carries an idempotency key, so
 * sending it twice over a shaky link applies the file once.
 */
@WebPage
class UploadPages {

	private final HxlFileImports imports;

	UploadPages(HxlFileImports imports) {
		this.imports = imports;
	}

	@GetMapping({ "/returns/upload", "/facilities/upload" })
	String form(Model model, jakarta.servlet.http.HttpServletRequest request) {
		model.addAttribute("kind", request.getRequestURI().contains("/facilities/") ? "facilities" : "returns");
		model.addAttribute("key", UUID.randomUUID().toString());
		model.addAttribute("errors", FormErrors.NONE);
		return "exchange/upload";
	}

	@PostMapping("/{kind:returns|facilities}/upload")
	ModelAndView upload(@PathVariable String kind, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String key, Model model) throws IOException {
		model.addAttribute("kind", kind);
		model.addAttribute("key", UUID.randomUUID().toString());
		ModelAndView page = new ModelAndView("exchange/upload", model.asMap());
		if (file == null || file.isEmpty()) {
			page.addObject("errors", FormErrors.of(org.homeward.web.InvalidInputException.of(java.util.List.of(
					org.homeward.web.InputError.field("file", null, "Choose a CSV or XLSX file with HXL hashtags.")))));
			page.setStatus(org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT);
			return page;
		}
		String idempotencyKey = key == null || key.isBlank() || key.length() > 100 ? null : "page:" + key;
		try (InputStream body = file.getInputStream()) {
			String name = file.getOriginalFilename();
			ImportSummary summary = kind.equals("facilities")
					? imports.facilities(body, file.getContentType(), name, idempotencyKey)
					: imports.returns(body, file.getContentType(), name, idempotencyKey);
			page.addObject("summary", summary);
			page.addObject("fileName", name);
			page.addObject("errors", FormErrors.NONE);
			return page;
		}
		catch (ProblemException refused) {
			if (refused.status().is5xxServerError()) {
				throw refused;
			}
			page.addObject("errors", FormErrors.of(refused));
			page.addObject("fileName", file.getOriginalFilename());
			page.setStatus(refused.status());
			return page;
		}
	}
}
