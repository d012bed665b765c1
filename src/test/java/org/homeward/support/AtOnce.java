package org.homeward.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Sends requests at the same moment, each from a thread of its own, so that they race; gives back their statuses. */
public final class AtOnce {

	private AtOnce() {
	}

	public static List<Integer> statuses(MockMvc mvc, List<MockHttpServletRequestBuilder> requests) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(requests.size());
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<Integer>> answers = new ArrayList<>();
			for (MockHttpServletRequestBuilder request : requests) {
				answers.add(pool.submit(() -> {
					start.await();
					return mvc.perform(request).andReturn().getResponse().getStatus();
				}));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> answer : answers) {
				statuses.add(answer.get(60, TimeUnit.SECONDS));
			}
			return statuses;
		}
		finally {
			pool.shutdown();
		}
	}
}
