package org.homeward.reconstruction.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.homeward.reconstruction.FacilityType;
import org.homeward.support.HomewardIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Facility types are read by the columns their query selects: no column is looked for that is not there. */
@HomewardIntegrationTest
class FacilityTypesIntegrationTest {

	@Autowired
	DataSource dataSource;

	@Test
	void readsTheTypesWithoutAskingForAColumnTheQueryDoesNotSelect() {
		List<String> missing = new ArrayList<>();
		FacilityRegister repository = new FacilityRegister(JdbcClient.create(watched(dataSource, DataSource.class,
				missing)));

		List<FacilityType> types = repository.types();

		assertThat(missing).as("columns looked for and not found (each a logged database error on H2)").isEmpty();
		assertThat(types.get(0)).isEqualTo(new FacilityType("school", "schools", "школы", "مدارس", 1,
				"{count, plural, =0 {no schools} one {a school} other {{n} schools}}",
				"{case, select, genitive {{count, plural, =1 {школы} =2 {двух школ} one {{n} школы} few {{n} школ} "
						+ "many {{n} школ} other {{n} школы}}} other {{count, plural, =1 {школа} =2 {две школы} "
						+ "one {{n} школа} few {{n} школы} many {{n} школ} other {{n} школы}}}}",
				"{case, select, genitive {{count, plural, zero {لا مدارس} one {مدرسة} two {مدرستين} few {# مدارس} "
						+ "many {# مدرسة} other {# مدرسة}}} other {{count, plural, zero {لا مدارس} one {مدرسة} "
						+ "two {مدرستان} few {# مدارس} many {# مدرسة} other {# مدرسة}}}}"));
		assertThat(types).extracting(FacilityType::code).startsWith("school", "preschool", "bakery");
	}

	/** The JDBC object, and those it hands out, noting each column looked up by a name the result does not hold. */
	private static <T> T watched(T target, Class<T> type, List<String> missing) {
		return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, (proxy, method, args) -> {
			Object result;
			try {
				result = method.invoke(target, args);
			}
			catch (InvocationTargetException failed) {
				if (method.getName().equals("findColumn")) {
					missing.add((String) args[0]);
				}
				throw failed.getCause();
			}
			if (result instanceof Connection connection) {
				return watched(connection, Connection.class, missing);
			}
			if (result instanceof PreparedStatement statement) {
				return watched(statement, PreparedStatement.class, missing);
			}
			if (result instanceof Statement statement) {
				return watched(statement, Statement.class, missing);
			}
			if (result instanceof ResultSet rows) {
				return watched(rows, ResultSet.class, missing);
			}
			return result;
		}));
	}
}
