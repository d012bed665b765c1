package org.homeward.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Sends requests at the same moment, each from a thread of its own, so that they race; gives back their answers. */
public final class AtOnce {

	private AtOnce() {
	}

	public static List<Integer> statuses(MockMvc mvc, List<MockHttpServletRequestBuilder> requests) throws Exception {
		return responses(mvc, requests).stream().map(MockHttpServletResponse::getStatus).toList();
	}

	/** The answers in the order of the requests. */
	public static List<MockHttpServletResponse> responses(MockMvc mvc, List<MockHttpServletRequestBuilder> requests)
			throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(requests.size());
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
			for (MockHttpServletRequestBuilder request : requests) {
				answers.add(pool.submit(() -> {
					start.await();
					return mvc.perform(request).andReturn().getResponse();
				}));
			}
			start.countDown();
			List<MockHttpServletResponse> responses = new ArrayList<>();
			for (Future<MockHttpServletResponse> answer : answers) {
				responses.add(answer.get(60, TimeUnit.SECONDS));
			}
			return responses;
		}
		finally {
			pool.shutdown();
		}
	}
}
