package org.opencme.certification.control;

import jakarta.batch.api.chunk.AbstractItemReader;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * A batch reader of keys in ascending order, a page at a time from the
 * database; the checkpoint is the last key handed out, so a restarted step asks
 * for what comes after it.
 *
 * @param <K>
 *            the key: an enrolment id, a certificate number
 */
abstract class PagedReader<K extends Serializable> extends AbstractItemReader {

	static final int PAGE = 200;

	private final Deque<K> buffer = new ArrayDeque<>();
	private K last;
	private boolean exhausted;

	/** The key before every key. */
	protected abstract K first();

	/** Up to {@code max} keys after {@code after}, ascending. */
	protected abstract List<K> page(K after, int max);

	@Override
	@SuppressWarnings("unchecked")
	public void open(Serializable checkpoint) {
		last = checkpoint == null ? first() : (K) checkpoint;
		buffer.clear();
		exhausted = false;
	}

	@Override
	public Object readItem() {
		if (buffer.isEmpty() && !exhausted) {
			List<K> page = page(last, PAGE);
			buffer.addAll(page);
			exhausted = page.isEmpty();
		}
		K next = buffer.poll();
		if (next != null) {
			last = next;
		}
		return next;
	}

	@Override
	public Serializable checkpointInfo() {
		return last;
	}
}
