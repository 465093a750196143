package org.opencme.certification.control;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.opencme.certification.boundary.CertificateService;

/**
 * Renders and keeps each certificate's PDF (once; a kept one is not redone).
 */
@Named("bulkRenderWriter")
@Dependent
public class BulkRenderWriter extends AbstractItemWriter {

	@Inject
	CertificateService certificates;

	@Override
	public void writeItems(List<Object> items) {
		for (Object number : items) {
			certificates.keepPdf((String) number);
		}
	}
}
