package org.homeward.demo.internal;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.homeward.situation.AidDeliveries;
import org.homeward.situation.Camps;
import org.homeward.situation.CoordinationActions;
import org.homeward.situation.LegalActs;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/** Records the demo's situation items through the services the situation API uses, so each is checked as theirs. */
@Component
class DemoSituation {

	private final Camps camps;
	private final LegalActs legalActs;
	private final CoordinationActions actions;
	private final AidDeliveries aid;
	private final ObjectMapper json;

	DemoSituation(Camps camps, LegalActs legalActs, CoordinationActions actions, AidDeliveries aid, ObjectMapper json) {
		this.camps = camps;
		this.legalActs = legalActs;
		this.actions = actions;
		this.aid = aid;
		this.json = json;
	}

	/** Records every item of a situation file, camps first. */
	void record(InputStream in) {
		SituationFile file = json.readValue(in, SituationFile.class);
		file.campPopulations().forEach(population -> camps.estimatePopulation(population.camp(),
				new Camps.PopulationRequest(population.source(), population.estimatedOn(), population.persons(),
						population.note())));
		file.campAccess().forEach(access -> camps.recordAccess(access.camp(),
				new Camps.AccessRequest(access.source(), access.since(), access.status(), access.reason())));
		file.legalActs().forEach(legalActs::register);
		file.coordinationActions().forEach(actions::register);
		file.aidDeliveries().forEach(aid::record);
	}

	/** The situation items of the demo, in the shapes the situation API takes. */
	record SituationFile(List<Population> campPopulations, List<Access> campAccess,
			List<LegalActs.LegalActRequest> legalActs, List<CoordinationActions.ActionRequest> coordinationActions,
			List<AidDeliveries.AidRequest> aidDeliveries) {
	}

	record Population(String camp, String source, LocalDate estimatedOn, BigDecimal persons, String note) {
	}

	record Access(String camp, String source, LocalDate since, String status, String reason) {
	}
}
