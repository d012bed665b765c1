package org.homeward.access.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.homeward.access.AuditTrail;
import org.homeward.web.InputError;
import org.homeward.web.InvalidInputException;
import org.homeward.web.ProblemException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tokens that stand for a user without a password: an API token, which a partner's script or an officer's tool sends
 * as {@code Authorization: Bearer <token>}, and a device token, which a phone carries in the OpenRosa URL it is
 * pointed at. A token is shown once, kept only as its hash, opens only what its purpose says, and can be revoked.
 */
@Service
class ApiTokens {

	/** What a token opens; a token of one purpose is unknown to the other door. */
	enum Purpose {
		/** The API, with {@code Authorization: Bearer}. */
		API("hw_", "Name the token after what uses it (1 to 100 characters), so it can be told apart and revoked."),
		/** The OpenRosa server, at {@code {base}/openrosa/key/{token}}. */
		DEVICE("hwd_", "Name the device after who carries it or where (1 to 100 characters), so it can be told apart "
				+ "and revoked.");

		final String prefix;
		private final String nameRule;

		Purpose(String prefix, String nameRule) {
			this.prefix = prefix;
			this.nameRule = nameRule;
		}

		String column() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	/** last_used_at is written at most this often per token: a busy script must not turn reads into writes. */
	private static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(5);

	private final JdbcClient jdbc;
	private final UserRepository users;
	private final AuditTrail auditTrail;
	private final Clock clock;
	private final SecureRandom random = new SecureRandom();

	ApiTokens(JdbcClient jdbc, UserRepository users, AuditTrail auditTrail, Clock clock) {
		this.jdbc = jdbc;
		this.users = users;
		this.auditTrail = auditTrail;
		this.clock = clock;
	}

	/** A token as listed: never the token itself. */
	record Token(long id, String username, Purpose purpose, String name, String prefix, Instant createdAt,
			String createdBy, Instant lastUsedAt, Instant revokedAt, String revokedBy) {

		public boolean isActive() {
			return revokedAt == null;
		}
	}

	/** A token just made: {@code secret} is shown to the person once and then exists nowhere in Homeward. */
	record Created(Token token, String secret) {
	}

	@Transactional
	Created create(long userId, String name, Purpose purpose) {
		UserAccount user = users.findById(userId).orElseThrow(() -> ProblemException.notFound("User", Long.toString(userId)));
		String label = name == null ? "" : name.strip();
		if (label.isEmpty() || label.length() > 100 || label.chars().anyMatch(Character::isISOControl)) {
			throw InvalidInputException.of(List.of(InputError.field("name", name, purpose.nameRule)));
		}
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String secret = purpose.prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		String prefix = secret.substring(0, 10);
		Instant now = clock.instant();
		String actor = auditTrail.currentActor();
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into api_token (user_id, purpose, name, token_hash, prefix, created_at, created_by)
				values (?, ?, ?, ?, ?, ?, ?)
				""").params(userId, purpose.column(), label, hash(secret), prefix, Timestamp.from(now), actor)
			.update(keys, "id");
		Token token = new Token(keys.getKey().longValue(), user.username(), purpose, label, prefix, now, actor, null,
				null, null);
		auditTrail.record(actor, "token.created", "api_token", Long.toString(token.id()),
				Map.of("user", user.username(), "purpose", purpose.column(), "name", label, "prefix", prefix), null);
		return new Created(token, secret);
	}

	/** Every token, the active ones first. */
	List<Token> list() {
		return tokens("", " order by t.revoked_at is not null, u.username, t.created_at desc");
	}

	private List<Token> tokens(String where, String order, Object... params) {
		return jdbc.sql("""
				select t.id, u.username, t.purpose, t.name, t.prefix, t.created_at, t.created_by, t.last_used_at, t.revoked_at,
				       t.revoked_by
				  from api_token t join app_user u on u.id = t.user_id
				""" + where + order).params(params).query((row, n) -> new Token(row.getLong("id"),
						row.getString("username"), Purpose.valueOf(row.getString("purpose").toUpperCase(Locale.ROOT)),
						row.getString("name"), row.getString("prefix"), instant(row.getTimestamp("created_at")),
						row.getString("created_by"),
						instant(row.getTimestamp("last_used_at")), instant(row.getTimestamp("revoked_at")),
						row.getString("revoked_by"))).list();
	}

	@Transactional
	void revoke(long id, String reason) {
		Token token = tokens(" where t.id = ?", "", id).stream().findFirst()
			.orElseThrow(() -> ProblemException.notFound("API token", Long.toString(id)));
		if (!token.isActive()) {
			return;
		}
		String actor = auditTrail.currentActor();
		jdbc.sql("update api_token set revoked_at = ?, revoked_by = ? where id = ? and revoked_at is null")
			.params(Timestamp.from(clock.instant()), actor, id).update();
		auditTrail.record(actor, "token.revoked", "api_token", Long.toString(id),
				Map.of("user", token.username(), "purpose", token.purpose().column(), "name", token.name(), "prefix",
						token.prefix()), reason);
	}

	/** The enabled user an active token of this purpose stands for, if the token is one. */
	Optional<UserAccount> authenticate(String secret, Purpose purpose) {
		return holder(secret, purpose).map(Holder::user);
	}

	/** Whom a token stands for, and the name it was issued under. */
	record Holder(UserAccount user, String tokenName) {
	}

	/** The enabled user an active token of this purpose stands for, with the token's name, if the token is one. */
	Optional<Holder> holder(String secret, Purpose purpose) {
		if (secret == null || !secret.startsWith(purpose.prefix) || secret.length() > 100) {
			return Optional.empty();
		}
		record Match(long id, long userId, String name, Timestamp lastUsedAt) {
		}
		Optional<Match> match = jdbc.sql("""
				select id, user_id, name, last_used_at from api_token
				 where token_hash = ? and purpose = ? and revoked_at is null
				""").params(hash(secret), purpose.column()).query((row, n) -> new Match(row.getLong("id"),
						row.getLong("user_id"), row.getString("name"), row.getTimestamp("last_used_at"))).optional();
		if (match.isEmpty()) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		Timestamp lastUsed = match.get().lastUsedAt();
		if (lastUsed == null || lastUsed.toInstant().plus(USE_RECORDED_EVERY).isBefore(now)) {
			jdbc.sql("update api_token set last_used_at = ? where id = ?").params(Timestamp.from(now), match.get().id())
				.update();
		}
		return users.findById(match.get().userId()).filter(UserAccount::enabled)
			.map(user -> new Holder(user, match.get().name()));
	}

	static String hash(String secret) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every JVM has SHA-256", e);
		}
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
