package org.homeward.collect.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads what came in over some days of receipt, in the country's own days: the submissions by day, user, device and
 * form, each counted once on the day it first came in; how long after the day it counts for each came in; and the
 * refusals with their reasons. Everyone's, or one user's own.
 */
@Repository
class WhatCameIn {

	/** The most refusals a page lists; the count says how many there were. */
	static final int MAX_REFUSALS = 500;

	private final JdbcClient jdbc;

	WhatCameIn(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What came in from {@code from} to {@code to}, days of receipt both included. */
	record Report(LocalDate from, LocalDate to, List<Received> received, List<Lag> lags, long refusalCount,
			List<Refused> refusals) {

		/** Submissions in all. */
		public long submissions() {
			return received.stream().mapToLong(Received::submissions).sum();
		}
	}

	/** A day's submissions of one form from one user and device (null: sent with a password or a token). */
	record Received(LocalDate day, String user, String device, String formId, long submissions, long records) {
	}

	/**
	 * How long after the day they count for a form's submissions came in, in days: the same day, the next, two to
	 * seven, more; {@code unknown} those received before the day was kept. {@code longest} is null when none is known.
	 */
	record Lag(String formId, long submissions, long sameDay, long nextDay, long withinWeek, long later, long unknown,
			Long longest) {
	}

	/** A refusal as the phone was told it. */
	record Refused(Instant at, String user, String device, String channel, String formId, String instanceId,
			String reason) {
	}

	/** What came in; {@code user} null for everyone's, else that user's own only. */
	Report report(LocalDate from, LocalDate to, ZoneId zone, String user) {
		Timestamp start = Timestamp.from(from.atStartOfDay(zone).toInstant());
		Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant());
		String mine = user == null ? "" : " and first_received_by = :user";
		Map<String, Object> params = user == null ? Map.of("start", start, "end", end)
				: Map.of("start", start, "end", end, "user", user);
		record Row(Instant at, String user, String device, String formId, int records, LocalDate countedOn) {
		}
		List<Row> rows = jdbc.sql("""
				select first_received_at, first_received_by, device, form_id, records, counted_on
				  from collect_submission
				 where first_received_at >= :start and first_received_at < :end""" + mine)
			.params(params)
			.query((row, n) -> new Row(row.getTimestamp("first_received_at").toInstant(),
					Objects.requireNonNullElse(row.getString("first_received_by"), ""), row.getString("device"),
					row.getString("form_id"), row.getInt("records"), row.getObject("counted_on", LocalDate.class)))
			.list();

		// grouped in the country's days, which the database's own time zone need not be
		Map<List<Object>, long[]> byDay = new TreeMap<>(Comparator.<List<Object>, LocalDate>comparing(
				key -> (LocalDate) key.get(0)).reversed()
			.thenComparing(key -> (String) key.get(1))
			.thenComparing(key -> (String) key.get(2), Comparator.nullsFirst(Comparator.naturalOrder()))
			.thenComparing(key -> (String) key.get(3)));
		Map<String, long[]> byForm = new TreeMap<>();
		for (Row row : rows) {
			LocalDate day = row.at().atZone(zone).toLocalDate();
			long[] counts = byDay.computeIfAbsent(Arrays.asList(day, row.user(), row.device(), row.formId()),
					key -> new long[2]);
			counts[0]++;
			counts[1] += row.records();
			// submissions, same day, next day, two to seven, later, unknown, longest (-1: none known)
			long[] lag = byForm.computeIfAbsent(row.formId(), form -> new long[] { 0, 0, 0, 0, 0, 0, -1 });
			lag[0]++;
			if (row.countedOn() == null) {
				lag[5]++;
				continue;
			}
			long days = ChronoUnit.DAYS.between(row.countedOn(), day);
			lag[days <= 0 ? 1 : days == 1 ? 2 : days <= 7 ? 3 : 4]++;
			lag[6] = Math.max(lag[6], days);
		}
		List<Received> received = new ArrayList<>();
		byDay.forEach((key, counts) -> received.add(new Received((LocalDate) key.get(0), (String) key.get(1),
				(String) key.get(2), (String) key.get(3), counts[0], counts[1])));
		List<Lag> lags = new ArrayList<>();
		byForm.forEach((form, lag) -> lags.add(new Lag(form, lag[0], lag[1], lag[2], lag[3], lag[4], lag[5],
				lag[6] < 0 ? null : lag[6])));

		String refusedMine = user == null ? "" : " and refused_by = :user";
		long refusalCount = jdbc.sql("select count(*) from collect_refusal where refused_at >= :start "
				+ "and refused_at < :end" + refusedMine).params(params).query(Long.class).single();
		List<Refused> refusals = jdbc.sql("""
				select refused_at, refused_by, device, channel, form_id, instance_id, reason from collect_refusal
				 where refused_at >= :start and refused_at < :end""" + refusedMine + """

				 order by refused_at desc, id desc
				 fetch first %d rows only""".formatted(MAX_REFUSALS)).params(params)
			.query((row, n) -> new Refused(row.getTimestamp("refused_at").toInstant(), row.getString("refused_by"),
					row.getString("device"), row.getString("channel"), row.getString("form_id"),
					row.getString("instance_id"), row.getString("reason")))
			.list();
		return new Report(from, to, received, lags, refusalCount, refusals);
	}
}
