package org.homeward.returns.internal;

import org.homeward.returns.ReturnCount;

/** The fingerprint of a return count's content, as the ledger kernel compares versions by it. */
final class ContentHash {

	private ContentHash() {
	}

	static String of(ReturnCount count) {
		ReturnCount.AgeBreakdown ages = count.ages();
		return org.homeward.ledger.ContentHash.of(count.day(), count.category().name(), count.persons(),
				count.destination().adm1(), count.destination().adm2(), count.destination().adm3(),
				count.destination().adm4(), count.originCountry(), count.originAdm1(), count.entryPoint(),
				count.female(), count.male(), ages.age0to4(), ages.age5to11(), ages.age12to17(), ages.age18to59(),
				ages.age60plus(), count.households());
	}
}
