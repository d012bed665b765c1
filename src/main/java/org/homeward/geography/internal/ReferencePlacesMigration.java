package org.homeward.geography.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.homeward.geography.PlaceKind;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the reference places shipped in {@code reference/*.csv} (see the README for their origin): the
 * administrative tree level by level, then entry points and camps. Each row's parent must already be loaded and,
 * for admin units, its p-code must begin with the parent's; a broken file stops the migration. The checksum
 * covers the files, so a changed file is noticed: corrections come as a new migration.
 */
@Component
class ReferencePlacesMigration implements JavaMigration {

	/** Admin levels, in loading order, with their files. */
	static final List<Map.Entry<PlaceKind, String>> ADMIN_FILES = List.of(
			Map.entry(PlaceKind.COUNTRY, "reference/country.csv"),
			Map.entry(PlaceKind.GOVERNORATE, "reference/governorates.csv"),
			Map.entry(PlaceKind.DISTRICT, "reference/districts.csv"),
			Map.entry(PlaceKind.SUB_DISTRICT, "reference/subdistricts.csv"),
			Map.entry(PlaceKind.COMMUNITY, "reference/communities.csv"));
	static final String ENTRY_POINTS = "reference/entry-points.csv";
	static final String CAMPS = "reference/camps.csv";

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true).get();

	private static final String INSERT = """
			insert into place (code, kind, admin_level, parent_code, path, name_en, name_ar, name_ru, entry_kind,
			                   faces_country, latitude, longitude, note)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			""";

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("2");
	}

	@Override
	public String getDescription() {
		return "geography reference places";
	}

	@Override
	public Integer getChecksum() {
		CRC32 crc = new CRC32();
		ADMIN_FILES.forEach(file -> crc.update(bytes(file.getValue())));
		crc.update(bytes(ENTRY_POINTS));
		crc.update(bytes(CAMPS));
		return (int) crc.getValue();
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		Map<String, String> paths = new HashMap<>();
		try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
			for (Map.Entry<PlaceKind, String> level : ADMIN_FILES) {
				for (CSVRecord row : rows(level.getValue())) {
					String code = row.get("pcode").strip();
					String parent = emptyToNull(row.get("parent_pcode"));
					if (parent != null && !code.startsWith(parent) && level.getKey() != PlaceKind.COMMUNITY) {
						throw new IllegalStateException(level.getValue() + " line " + row.getRecordNumber() + ": p-code "
								+ code + " does not begin with its parent's " + parent);
					}
					String path = path(paths, parent, code, level.getValue(), row);
					bind(insert, code, level.getKey(), parent, path, row, null, null);
					insert.addBatch();
				}
				insert.executeBatch();
			}
			for (CSVRecord row : rows(ENTRY_POINTS)) {
				String code = row.get("code").strip();
				String parent = row.get("governorate_pcode").strip();
				bind(insert, code, PlaceKind.ENTRY_POINT, parent, path(paths, parent, code, ENTRY_POINTS, row), row,
						row.get("kind").strip().toUpperCase(Locale.ROOT), emptyToNull(row.get("faces_country")));
				insert.addBatch();
			}
			for (CSVRecord row : rows(CAMPS)) {
				String code = row.get("code").strip();
				String parent = row.get("governorate_pcode").strip();
				bind(insert, code, PlaceKind.CAMP, parent, path(paths, parent, code, CAMPS, row), row, null, null);
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

	private static String path(Map<String, String> paths, String parent, String code, String file, CSVRecord row) {
		String parentPath = "";
		if (parent != null) {
			parentPath = paths.get(parent);
			if (parentPath == null) {
				throw new IllegalStateException(file + " line " + row.getRecordNumber() + ": parent " + parent + " of "
						+ code + " is not a known place");
			}
		}
		String path = parentPath + code + "/";
		if (paths.putIfAbsent(code, path) != null) {
			throw new IllegalStateException(file + " line " + row.getRecordNumber() + ": code " + code + " appears twice");
		}
		return path;
	}

	private static void bind(PreparedStatement insert, String code, PlaceKind kind, String parent, String path,
			CSVRecord row, String entryKind, String facesCountry) throws SQLException {
		insert.setString(1, code);
		insert.setString(2, kind.name());
		if (kind.adminLevel().isPresent()) {
			insert.setInt(3, kind.adminLevel().get());
		}
		else {
			insert.setNull(3, Types.INTEGER);
		}
		insert.setString(4, parent);
		insert.setString(5, path);
		insert.setString(6, row.get("name_en").strip());
		insert.setString(7, optional(row, "name_ar"));
		insert.setString(8, optional(row, "name_ru"));
		insert.setString(9, entryKind);
		insert.setString(10, facesCountry);
		insert.setBigDecimal(11, decimal(optional(row, "latitude")));
		insert.setBigDecimal(12, decimal(optional(row, "longitude")));
		insert.setString(13, optional(row, "note"));
	}

	private static List<CSVRecord> rows(String resource) {
		try (InputStream in = new ClassPathResource(resource).getInputStream();
				Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			return FORMAT.parse(reader).getRecords();
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read reference data " + resource, e);
		}
	}

	private static byte[] bytes(String resource) {
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read reference data " + resource, e);
		}
	}

	private static String optional(CSVRecord row, String column) {
		return row.isMapped(column) ? emptyToNull(row.get(column)) : null;
	}

	private static String emptyToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static BigDecimal decimal(String text) {
		return text == null ? null : new BigDecimal(text);
	}
}
