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
 * The numbers of the certificates a bulk issue issued, in this partition's
 * share; the checkpoint is the last number handed out.
 */
@Named("bulkRenderReader")
@Dependent
public class BulkRenderReader extends AbstractItemReader {

	private static final int PAGE = 200;

	@Inject
	@BatchProperty
	String bulkId;

	@Inject
	@BatchProperty
	String partition;

	@Inject
	@BatchProperty
	String partitions;

	@Inject
	BulkIssues work;

	private final Deque<String> buffer = new ArrayDeque<>();
	private String last;
	private boolean exhausted;

	@Override
	public void open(Serializable checkpoint) {
		last = checkpoint == null ? "" : (String) checkpoint;
		buffer.clear();
		exhausted = false;
	}

	@Override
	public Object readItem() {
		if (buffer.isEmpty() && !exhausted) {
			var page = work.issuedNumbers(Long.parseLong(bulkId), last, PAGE, Integer.parseInt(partition),
					Integer.parseInt(partitions));
			buffer.addAll(page);
			exhausted = page.isEmpty();
		}
		String next = buffer.poll();
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
