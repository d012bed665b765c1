package org.homeward.geography.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.homeward.geography.EntryPointKind;
import org.homeward.geography.Place;
import org.homeward.geography.PlaceKind;
import org.homeward.geography.PlaceNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the place table; places are reference data written only by migrations. */
@Repository
public class PlaceRepository {

	private final JdbcClient jdbc;

	PlaceRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Place> findAll() {
		return jdbc.sql("""
				select code, kind, parent_code, path, name_en, name_ar, name_ru, entry_kind, faces_country,
				       latitude, longitude
				  from place
				 order by path
				""").query(PlaceRepository::place).list();
	}

	private static Place place(ResultSet row, int rowNumber) throws SQLException {
		String entryKind = row.getString("entry_kind");
		BigDecimal latitude = row.getBigDecimal("latitude");
		BigDecimal longitude = row.getBigDecimal("longitude");
		String facesCountry = row.getString("faces_country");
		return new Place(row.getString("code"), PlaceKind.valueOf(row.getString("kind")), row.getString("parent_code"),
				row.getString("path"),
				new PlaceNames(row.getString("name_en"), row.getString("name_ar"), row.getString("name_ru")),
				entryKind == null ? null : EntryPointKind.valueOf(entryKind),
				facesCountry == null ? null : facesCountry.strip(), latitude, longitude);
	}
}
