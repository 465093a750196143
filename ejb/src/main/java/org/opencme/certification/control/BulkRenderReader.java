package org.opencme.certification.control;

import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The numbers of the certificates a bulk issue issued, in this partition's
 * share, in number order.
 */
@Named("bulkRenderReader")
@Dependent
public class BulkRenderReader extends PagedReader<String> {

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

	@Override
	protected String first() {
		return "";
	}

	@Override
	protected List<String> page(String after, int max) {
		return work.issuedNumbers(Long.parseLong(bulkId), after, max, Integer.parseInt(partition),
				Integer.parseInt(partitions));
	}
}
