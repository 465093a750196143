package org.opencme.certification.control;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The bulk issue's enrolments still pending, in enrolment order; the checkpoint
 * is the last one handed out. What counts as pending is read from the database,
 * so a resumed job skips what a committed chunk did.
 */
@Named("bulkIssueReader")
@Dependent
public class BulkIssueReader extends AbstractItemReader {

	private static final int PAGE = 200;

	@Inject
	@BatchProperty
	String bulkId;

	@Inject
	BulkIssues work;

	private final Deque<Long> buffer = new ArrayDeque<>();
	private long last;
	private boolean exhausted;

	@Override
	public void open(Serializable checkpoint) {
		last = checkpoint == null ? 0L : (Long) checkpoint;
		buffer.clear();
		exhausted = false;
	}

	@Override
	public Object readItem() {
		if (buffer.isEmpty() && !exhausted) {
			long from = last;
			var page = work.pending(Long.parseLong(bulkId), from, PAGE);
			buffer.addAll(page);
			exhausted = page.isEmpty();
		}
		Long next = buffer.poll();
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
