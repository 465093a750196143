package org.opencme.certification.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * When the server starts, resumes the bulk issues that were running when it
 * stopped or died, a few seconds after the deployment (once the batch runtime
 * and the schema are ready).
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class BulkIssueRecovery {

	private static final Logger LOG = Logger.getLogger(BulkIssueRecovery.class.getName());

	@Resource
	TimerService timers;

	@Inject
	BulkIssueService bulk;

	@PostConstruct
	void schedule() {
		timers.createSingleActionTimer(3_000, new TimerConfig("bulk-issue-recovery", false));
	}

	@Timeout
	void recover() {
		try {
			int resumed = bulk.recover();
			if (resumed > 0) {
				LOG.info(() -> resumed + " bulk certificate issue(s) resumed after the restart");
			}
		} catch (RuntimeException e) {
			LOG.log(Level.WARNING, "Bulk issues could not be resumed", e);
		}
	}
}
