package org.opencme.certification.control;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Issues each enrolment of the chunk ({@link BulkIssues#issue}). */
@Named("bulkIssueWriter")
@Dependent
public class BulkIssueWriter extends AbstractItemWriter {

	@Inject
	@BatchProperty
	String bulkId;

	@Inject
	BulkIssues work;

	@Override
	public void writeItems(List<Object> items) {
		long bulk = Long.parseLong(bulkId);
		for (Object item : items) {
			work.issue(bulk, (Long) item);
		}
	}
}
