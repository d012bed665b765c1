package org.homeward.situation;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.homeward.ledger.FreeText;
import org.homeward.situation.AidDeliveries.AidRequest;
import org.homeward.situation.internal.Refusals;
import org.homeward.web.InputError;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An aid delivery names a known place, what and how much of it (two decimals at most), and who delivered it. */
class AidDeliveriesTest {

	static final String QUANTITY_MESSAGE = "A quantity is a number from 0 to 999999999999.99, with at most two decimals.";
	static final LocalDate DELIVERED_ON = LocalDate.of(2018, 10, 20);

	@Test
	void refusesAQuantityItsColumnCannotHold() {
		for (String quantity : new String[] { "-1", "0.001", "1000000000000", "1E+999" }) {
			assertThat(Refusals.of(problems -> flour(quantity).check(true, problems))).as(quantity)
				.containsExactly(InputError.field("quantity", quantity, QUANTITY_MESSAGE));
		}
		assertThat(Refusals.of(problems -> flour(null).check(true, problems)))
			.containsExactly(InputError.field("quantity", null, QUANTITY_MESSAGE));
		for (String quantity : new String[] { "0", "999999999999.99", "12.500" }) {
			assertThat(Refusals.of(problems -> flour(quantity).check(true, problems))).as(quantity).isEmpty();
		}
	}

	@Test
	void namesEveryProblemOfADeliveryInTheOrderOfTheForm() {
		AidRequest request = new AidRequest(null, "NOWHERE", " ", new BigDecimal("-1"), null, "SARC\u001f", "OCHA");
		assertThat(Refusals.of(problems -> request.check(false, problems))).containsExactly(
				InputError.field("deliveredOn", null, "The day is required (YYYY-MM-DD)."),
				InputError.field("place", "NOWHERE", "Name the place by its p-code, entry point or camp code."),
				InputError.field("what", " ", "This field is required."),
				InputError.field("quantity", "-1", QUANTITY_MESSAGE),
				InputError.field("unit", null, "This field is required."),
				InputError.field("deliveredBy", "SARC\u001f", FreeText.ONE_LINE));
	}

	private static AidRequest flour(String quantity) {
		return new AidRequest(DELIVERED_ON, "SY04", "flour", quantity == null ? null : new BigDecimal(quantity), "t",
				"SARC", "OCHA");
	}
}
