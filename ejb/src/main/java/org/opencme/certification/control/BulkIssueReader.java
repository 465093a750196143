package org.opencme.certification.control;

import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The bulk issue's enrolments still pending, in enrolment order. What counts as
 * pending is read from the database, so a resumed job skips what a committed
 * chunk did.
 */
@Named("bulkIssueReader")
@Dependent
public class BulkIssueReader extends PagedReader<Long> {

	@Inject
	@BatchProperty
	String bulkId;

	@Inject
	BulkIssues work;

	@Override
	protected Long first() {
		return 0L;
	}

	@Override
	protected List<Long> page(Long after, int max) {
		return work.pending(Long.parseLong(bulkId), after, max);
	}
}
