package org.homeward.exchange.internal;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.homeward.reconstruction.FacilityField;
import org.homeward.registrations.RegistrationField;
import org.homeward.returns.ReturnField;
import org.homeward.statedfigures.StatedFigureField;

/**
 * The hashtags of the exchange contract: return counts (section 1), facility status (section 2), household
 * registrations (section 5) and stated figures (section 7).
 */
final class Contracts {

	private Contracts() {
	}

	static final HxlColumns.Contract<ReturnField> RETURNS;
	static final HxlColumns.Contract<FacilityField> FACILITIES;
	static final HxlColumns.Contract<RegistrationField> REGISTRATIONS;
	static final HxlColumns.Contract<StatedFigureField> STATED_FIGURES;

	static {
		Map<ReturnField, String> returns = new EnumMap<>(ReturnField.class);
		returns.put(ReturnField.RECORD_ID, "#meta+id");
		returns.put(ReturnField.SOURCE, "#meta+source");
		returns.put(ReturnField.DAY, "#date");
		returns.put(ReturnField.CATEGORY, "#affected+type");
		returns.put(ReturnField.PERSONS, "#affected+returnees");
		returns.put(ReturnField.ADM1, "#adm1+code");
		returns.put(ReturnField.ADM2, "#adm2+code");
		returns.put(ReturnField.ADM3, "#adm3+code");
		returns.put(ReturnField.ADM4, "#adm4+code");
		returns.put(ReturnField.ORIGIN_COUNTRY, "#country+origin+code");
		returns.put(ReturnField.ORIGIN_ADM1, "#adm1+origin+code");
		returns.put(ReturnField.ENTRY_POINT, "#loc+entry+code");
		returns.put(ReturnField.FEMALE, "#affected+returnees+f");
		returns.put(ReturnField.MALE, "#affected+returnees+m");
		returns.put(ReturnField.AGE_0_4, "#affected+returnees+age0_4");
		returns.put(ReturnField.AGE_5_11, "#affected+returnees+age5_11");
		returns.put(ReturnField.AGE_12_17, "#affected+returnees+age12_17");
		returns.put(ReturnField.AGE_18_59, "#affected+returnees+age18_59");
		returns.put(ReturnField.AGE_60_PLUS, "#affected+returnees+age60plus");
		returns.put(ReturnField.HOUSEHOLDS, "#affected+returnees+hh");
		returns.put(ReturnField.VOID, "#meta+void");
		RETURNS = new HxlColumns.Contract<>(ReturnField.class, Map.copyOf(returns),
				Arrays.stream(ReturnField.values()).filter(ReturnField::required).collect(Collectors.toSet()),
				Set.of(ReturnField.RECORD_ID, ReturnField.SOURCE), ReturnField.VOID);

		Map<FacilityField, String> facilities = new EnumMap<>(FacilityField.class);
		facilities.put(FacilityField.EVENT_ID, "#meta+id");
		facilities.put(FacilityField.SOURCE, "#meta+source");
		facilities.put(FacilityField.FACILITY_CODE, "#loc+facility+code");
		facilities.put(FacilityField.FACILITY_NAME, "#loc+facility+name");
		facilities.put(FacilityField.FACILITY_TYPE, "#loc+facility+type");
		facilities.put(FacilityField.ADM1, "#adm1+code");
		facilities.put(FacilityField.ADM2, "#adm2+code");
		facilities.put(FacilityField.ADM3, "#adm3+code");
		facilities.put(FacilityField.ADM4, "#adm4+code");
		facilities.put(FacilityField.STATUS, "#status");
		facilities.put(FacilityField.DAY, "#date");
		facilities.put(FacilityField.VOID, "#meta+void");
		FACILITIES = new HxlColumns.Contract<>(FacilityField.class, Map.copyOf(facilities),
				Arrays.stream(FacilityField.values()).filter(FacilityField::required).collect(Collectors.toSet()),
				Set.of(FacilityField.EVENT_ID, FacilityField.SOURCE), FacilityField.VOID);

		Map<RegistrationField, String> registrations = new EnumMap<>(RegistrationField.class);
		registrations.put(RegistrationField.REGISTRATION_ID, "#meta+id");
		registrations.put(RegistrationField.SOURCE, "#meta+source");
		registrations.put(RegistrationField.HOUSEHOLD_ID, "#household+id");
		registrations.put(RegistrationField.RELATIONSHIP, "#indiv+relationship");
		registrations.put(RegistrationField.GIVEN_NAME, "#indiv+name+given");
		registrations.put(RegistrationField.FATHER_NAME, "#indiv+name+father");
		registrations.put(RegistrationField.GRANDFATHER_NAME, "#indiv+name+grandfather");
		registrations.put(RegistrationField.FAMILY_NAME, "#indiv+name+family");
		registrations.put(RegistrationField.MOTHER_NAME, "#indiv+name+mother");
		registrations.put(RegistrationField.SEX, "#indiv+sex");
		registrations.put(RegistrationField.BIRTH, "#indiv+birth");
		registrations.put(RegistrationField.NATIONAL_ID, "#indiv+id+national");
		registrations.put(RegistrationField.CATEGORY, "#affected+type");
		registrations.put(RegistrationField.RETURN_DAY, "#date+return");
		registrations.put(RegistrationField.REGISTRATION_DAY, "#date+registered");
		registrations.put(RegistrationField.ADM1, "#adm1+code");
		registrations.put(RegistrationField.ADM2, "#adm2+code");
		registrations.put(RegistrationField.ADM3, "#adm3+code");
		registrations.put(RegistrationField.ADM4, "#adm4+code");
		registrations.put(RegistrationField.ORIGIN_COUNTRY, "#country+origin+code");
		registrations.put(RegistrationField.ENTRY_POINT, "#loc+entry+code");
		registrations.put(RegistrationField.VOID, "#meta+void");
		REGISTRATIONS = new HxlColumns.Contract<>(RegistrationField.class, Map.copyOf(registrations),
				Arrays.stream(RegistrationField.values()).filter(RegistrationField::required).collect(Collectors.toSet()),
				Set.of(RegistrationField.REGISTRATION_ID, RegistrationField.SOURCE), RegistrationField.VOID);
	
		Map<StatedFigureField, String> stated = new EnumMap<>(StatedFigureField.class);
		stated.put(StatedFigureField.FIGURE_ID, "#meta+id");
		stated.put(StatedFigureField.SOURCE, "#meta+source");
		stated.put(StatedFigureField.DAY, "#date");
		stated.put(StatedFigureField.PERIOD, "#meta+period");
		stated.put(StatedFigureField.PERSONS, "#affected+returnees");
		stated.put(StatedFigureField.CATEGORY, "#affected+type");
		stated.put(StatedFigureField.ORIGIN_COUNTRY, "#country+origin+code");
		stated.put(StatedFigureField.ENTRY_POINT, "#loc+entry+code");
		stated.put(StatedFigureField.ADM1, "#adm1+code");
		stated.put(StatedFigureField.URL, "#meta+url");
		stated.put(StatedFigureField.VOID, "#meta+void");
		STATED_FIGURES = new HxlColumns.Contract<>(StatedFigureField.class, Map.copyOf(stated),
				Arrays.stream(StatedFigureField.values()).filter(StatedFigureField::required).collect(Collectors.toSet()),
				Set.of(StatedFigureField.FIGURE_ID, StatedFigureField.SOURCE), StatedFigureField.VOID);
	}
}
