package org.homeward.quality.internal;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.homeward.quality.QualityReport;
import org.homeward.quality.ReturnsQuality;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The quality of the returns figures (exchange contract, section 7), for the staff who sign them off. */
@RestController
@RequestMapping("/api/v1/quality")
@Tag(name = "Quality", description = "Outliers, validation rules, completeness and silent sources")
class QualityController {

	private final ReturnsQuality quality;

	QualityController(ReturnsQuality quality) {
		this.quality = quality;
	}

	@GetMapping("/returns")
	@Operation(summary = "What the quality checks find in the days days ending with asOf: outliers, completeness "
			+ "and timeliness, silent sources, validation rules broken; one source, or every source the caller reads")
	QualityReport returns(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(defaultValue = "7") int days, @RequestParam(required = false) String source) {
		return quality.report(asOf, days, source);
	}
}
