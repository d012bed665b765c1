package org.homeward.access;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.homeward.support.AtOnce;
import org.homeward.support.DatabaseOfItsOwn;
import org.homeward.support.HomewardIntegrationTest;
import org.homeward.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sign-ins sent at the same moment are counted as if one came after the other: once the wrong passwords among them
 * have locked the account, a right password still being checked does not get in.
 */
@HomewardIntegrationTest
class LockoutRaceIntegrationTest {

	/** Every right password of this test ends so; the wrong ones do not. */
	static final String RIGHT = "-right-password";

	@DynamicPropertySource
	static void databaseOfItsOwn(DynamicPropertyRegistry registry) {
		DatabaseOfItsOwn.register(registry, "lockout");
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aRightPasswordOverHttpBasicIsRefusedWhenWrongOnesSentWithItLockedTheAccountFirst() throws Exception {
		TestUsers.insert(jdbc, "race-api", "race-api" + RIGHT, "COORDINATOR", null, null);
		List<MockHttpServletRequestBuilder> requests = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			requests.add(get("/api/v1/camps?asOf=2018-10-22")
				.with(httpBasic("race-api", i == 7 || i == 22 ? "race-api" + RIGHT : "wrong-password-" + i)));
		}
		List<Integer> statuses = AtOnce.statuses(mvc, requests);

		assertThat(statuses).hasSize(30).containsOnly(401);
		assertThat(lockedUntil("race-api")).isAfter(Instant.now().plus(Duration.ofMinutes(14)));
		assertThat(failures("race-api")).isEqualTo(30);
		mvc.perform(get("/api/v1/camps?asOf=2018-10-22").with(httpBasic("race-api", "race-api" + RIGHT)))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aRightPasswordOnTheSignInFormIsRefusedWhenWrongOnesSentWithItLockedTheAccountFirst() throws Exception {
		TestUsers.insert(jdbc, "race-form", "race-form" + RIGHT, "COORDINATOR", null, null);
		List<MockHttpServletRequestBuilder> requests = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			requests.add(post("/login").with(csrf()).param("username", "race-form")
				.param("password", i == 3 || i == 18 ? "race-form" + RIGHT : "wrong-password-" + i));
		}
		List<String> destinations = AtOnce.responses(mvc, requests).stream()
			.map(MockHttpServletResponse::getRedirectedUrl).toList();

		assertThat(destinations).hasSize(30).containsOnly("/login?error");
		assertThat(lockedUntil("race-form")).isAfter(Instant.now().plus(Duration.ofMinutes(14)));
		assertThat(failures("race-form")).isEqualTo(30);
		mvc.perform(post("/login").with(csrf()).param("username", "race-form").param("password", "race-form" + RIGHT))
			.andExpect(redirectedUrl("/login?error"));
	}

	/** Failed sign-ins of the account in the audit trail: a wrong password, or the account found locked. */
	private long failures(String username) {
		return jdbc.sql("select count(*) from audit_event where action = 'login.failed' and actor = ?").param(username)
			.query(Long.class).single();
	}

	private Instant lockedUntil(String username) {
		return jdbc.sql("select locked_until from app_user where username = ?").param(username)
			.query(java.sql.Timestamp.class).single().toInstant();
	}

	/**
	 * The interleaving in which a sign-in checked before the lock used to get in after it: the wrong passwords are
	 * compared only once both right ones have found the account open, and the right ones only once the wrong ones
	 * have locked it.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class RightPasswordsComparedLast {

		/** Per account (its password hash): counted down by each right password found the account open. */
		private static final Map<String, CountDownLatch> RIGHT_ONES_WAITING = new ConcurrentHashMap<>();

		@Bean
		static BeanPostProcessor rightPasswordsComparedLast(ObjectProvider<JdbcClient> jdbc) {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					if (!(bean instanceof PasswordEncoder encoder)) {
						return bean;
					}
					return new PasswordEncoder() {
						@Override
						public String encode(CharSequence raw) {
							return encoder.encode(raw);
						}

						@Override
						public boolean matches(CharSequence raw, String encoded) {
							CountDownLatch rightOnesWaiting = RIGHT_ONES_WAITING.computeIfAbsent(encoded,
									account -> new CountDownLatch(2));
							if (raw.toString().endsWith(RIGHT)) {
								rightOnesWaiting.countDown();
								awaitLock(jdbc.getObject(), encoded);
							}
							else {
								await(rightOnesWaiting);
							}
							return encoder.matches(raw, encoded);
						}

						@Override
						public boolean upgradeEncoding(String encoded) {
							return encoder.upgradeEncoding(encoded);
						}
					};
				}
			};
		}

		private static void await(CountDownLatch latch) {
			try {
				latch.await(20, TimeUnit.SECONDS);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}

		private static void awaitLock(JdbcClient jdbc, String passwordHash) {
			Instant giveUp = Instant.now().plusSeconds(20);
			while (Instant.now().isBefore(giveUp) && jdbc.sql(
					"select count(*) from app_user where password_hash = ? and locked_until is not null")
				.param(passwordHash).query(Long.class).single() == 0) {
				try {
					Thread.sleep(20);
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}
}
