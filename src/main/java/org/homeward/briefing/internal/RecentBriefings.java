package org.homeward.briefing.internal;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

import org.homeward.briefing.BriefingFigures;
import org.springframework.stereotype.Component;

/**
 * Briefings as known now, by request and by the ledgers' change stamp: one is answered again as computed until a
 * write lands in a ledger it reads. The stamp is part of the key, so an entry is never stale, only unused.
 */
@Component
public class RecentBriefings {

	private final LedgerChanges changes;
	private final int limit;
	private final Map<Key, BriefingFigures> recent;
	/** Briefings being computed: a second request for one waits for it instead of computing it. */
	private final Map<Key, CompletableFuture<BriefingFigures>> computing = new ConcurrentHashMap<>();

	private record Key(LocalDate asOf, int days, String source, String language, String stamp) {
	}

	RecentBriefings(LedgerChanges changes, BriefingSettings settings) {
		this.changes = changes;
		this.limit = settings.recent();
		this.recent = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<Key, BriefingFigures> eldest) {
				return size() > limit;
			}
		});
	}

	/** Whether briefings are kept at all ({@code homeward.briefing.recent=0} computes every request). */
	public boolean keeps() {
		return limit > 0;
	}

	/** The briefing kept for this request and the ledgers as they stand, or the one {@code compute} gives. */
	public BriefingFigures known(LocalDate asOf, int days, String source, String language,
			Supplier<BriefingFigures> compute) {
		// Read the stamp before the figures: a write landing meanwhile moves it, and the next request computes anew.
		Key key = new Key(asOf, days, source, language, changes.stamp());
		BriefingFigures known = recent.get(key);
		return known != null ? known : computedOnce(key, compute);
	}

	/**
	 * Computes a briefing to keep, unless another request is computing the same one: then its figures are waited
	 * for (they are the same: same request, same change stamp). A failed computation is done again by each waiter.
	 */
	private BriefingFigures computedOnce(Key key, Supplier<BriefingFigures> compute) {
		CompletableFuture<BriefingFigures> mine = new CompletableFuture<>();
		CompletableFuture<BriefingFigures> first = computing.putIfAbsent(key, mine);
		if (first != null) {
			try {
				return first.get();
			}
			catch (ExecutionException failed) {
				return compute.get();
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				return compute.get();
			}
		}
		try {
			BriefingFigures figures = compute.get();
			recent.put(key, figures);
			mine.complete(figures);
			return figures;
		}
		catch (RuntimeException | Error failed) {
			mine.completeExceptionally(failed);
			throw failed;
		}
		finally {
			computing.remove(key, mine);
		}
	}
}
