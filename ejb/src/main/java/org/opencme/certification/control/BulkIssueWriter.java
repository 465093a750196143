package org.opencme.certification.control;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Issues the enrolments of the chunk ({@link BulkIssues#issue}). */
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
		work.issue(Long.parseLong(bulkId), items.stream().map(Long.class::cast).toList());
	}
}
