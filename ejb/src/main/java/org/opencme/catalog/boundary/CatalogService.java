package org.opencme.catalog.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.opencme.attendance.boundary.LiveSessionService;
import org.opencme.audit.boundary.AuditLog;
import org.opencme.authoring.boundary.ActivityService;
import org.opencme.authoring.boundary.VersionService;
import org.opencme.authoring.boundary.VersionSummary;
import org.opencme.catalog.control.CatalogDocuments;
import org.opencme.catalog.control.RebuildTracker;
import org.opencme.catalog.entity.SynonymRule;
import org.opencme.content.search.CatalogDocument;
import org.opencme.content.search.CatalogIndex;
import org.opencme.content.search.CatalogIndexOptions;
import org.opencme.content.search.CatalogPage;
import org.opencme.content.search.CatalogQuery;
import org.opencme.content.search.InvalidSynonymRulesException;
import org.opencme.content.search.SynonymRules;
import org.opencme.credit.boundary.CreditTypeService;
import org.opencme.credit.boundary.CreditTypeSummary;
import org.opencme.identity.boundary.AuthenticatedAccount;
import org.opencme.platform.boundary.DataDirectory;
import org.opencme.platform.boundary.ProviderCalendar;

/**
 * Owns the catalog index of this server (one directory under the data
 * directory): opens it at start-up, rebuilds it from the database when it is
 * missing or corrupt, applies published and retired activities, and answers
 * searches. The index is thread-safe, so the bean takes no container lock.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CatalogService {

	private static final Logger LOG = Logger.getLogger(CatalogService.class.getName());

	@Inject
	ActivityService activities;

	@Inject
	VersionService versions;

	@Inject
	CreditTypeService creditTypes;

	@Inject
	LiveSessionService sessions;

	@PersistenceContext(unitName = "opencme")
	EntityManager em;

	@Resource
	ManagedExecutorService executor;

	@Inject
	AuditLog audit;

	@Inject
	Clock clock;

	private final CatalogDocuments documents = new CatalogDocuments();
	private final RebuildTracker rebuilds = new RebuildTracker();
	private CatalogIndex index;

	@PostConstruct
	void open() {
		index = CatalogIndex.open(DataDirectory.resolve("index").resolve("catalog"), options());
		if (index.needsRebuild()) {
			LOG.info(() -> "Catalog index is " + index.health() + ": rebuilding it from the database");
			rebuild();
		}
	}

	/**
	 * The stored rules that still parse; one that no longer does (the shipped list
	 * changed under it) is logged and skipped rather than failing the start.
	 */
	private static List<String> usableRules(List<String> rules) {
		List<String> usable = new ArrayList<>();
		for (String rule : rules) {
			try {
				SynonymRules.check(rule);
				usable.add(rule);
			} catch (InvalidSynonymRulesException e) {
				LOG.warning(() -> "Skipping a stored synonym rule: " + e.getMessage());
			}
		}
		return usable;
	}

	private List<String> activeSynonymRules() {
		return em.createNamedQuery(SynonymRule.ACTIVE, SynonymRule.class).getResultList().stream()
				.map(SynonymRule::ruleText).toList();
	}

	/**
	 * Makes the administrator's current rules (read from the database) apply to
	 * every later search; the index itself is unchanged, synonyms being applied at
	 * query time.
	 */
	public void reloadSynonyms() {
		index.reconfigure(options());
	}

	/**
	 * The shipped defaults in the provider's calendar, with the stored synonym
	 * rules.
	 */
	private CatalogIndexOptions options() {
		return CatalogIndexOptions.defaults().withClock(ProviderCalendar.inZone(clock))
				.withExtraSynonyms(usableRules(activeSynonymRules()));
	}

	/**
	 * Starts a rebuild in the background and returns at once; searches go on
	 * against the current index until the new one is swapped in.
	 *
	 * @throws RebuildRunningException
	 *             when one is already running
	 */
	@TransactionAttribute(TransactionAttributeType.REQUIRED)
	public IndexStatus requestRebuild(AuthenticatedAccount admin) {
		String actor = SynonymService.administrator(admin);
		Instant now = Instant.now(clock);
		if (!rebuilds.start(actor, now)) {
			throw new RebuildRunningException(rebuilds.snapshot());
		}
		audit.record(actor, "CATALOG_REBUILD_REQUESTED", "CatalogIndex", "catalog", null);
		executor.submit(this::rebuildTracked);
		return status();
	}

	/** The index size and health, and the latest rebuild's progress. */
	public IndexStatus status() {
		return new IndexStatus(index.count(), index.health().name(), rebuilds.snapshot());
	}

	private void rebuildTracked() {
		try {
			List<Long> ids = activities.liveIds();
			rebuilds.total(ids.size());
			Map<String, String> names = creditNames();
			index.rebuild(() -> ids.stream().map(id -> {
				CatalogDocument document = document(id, names);
				rebuilds.advance();
				return document;
			}).iterator());
			rebuilds.finish(Instant.now(clock), null);
			LOG.info(() -> "Catalog index rebuilt on request: " + ids.size() + " activities");
		} catch (RuntimeException e) {
			rebuilds.finish(Instant.now(clock), e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
			LOG.log(Level.WARNING, "Catalog index rebuild failed; the previous index still serves", e);
		}
	}

	@PreDestroy
	void close() {
		index.close();
	}

	public CatalogPage search(CatalogQuery query) {
		return index.search(query);
	}

	public List<String> suggest(String prefix, int max) {
		return index.suggest(prefix, max);
	}

	public long count() {
		return index.count();
	}

	/**
	 * Rebuilds the whole index from the live activities; searches go on against the
	 * old one meanwhile.
	 */
	public int rebuild() {
		Map<String, String> names = creditNames();
		List<CatalogDocument> all = new ArrayList<>();
		for (long id : activities.liveIds()) {
			all.add(document(id, names));
		}
		index.rebuild(all);
		LOG.info(() -> "Catalog index rebuilt: " + all.size() + " activities");
		return all.size();
	}

	/**
	 * A live activity's next session moves on when one ends: re-index the
	 * activities with sessions so "upcoming" and date order stay true.
	 */
	@Schedule(minute = "*/15", hour = "*", persistent = false)
	void refreshSessionDates() {
		for (long id : sessions.activitiesWithSessions()) {
			try {
				refresh(id);
			} catch (RuntimeException e) {
				LOG.log(Level.WARNING, "Could not refresh the session dates of activity " + id, e);
			}
		}
	}

	/**
	 * Indexes the live version of an activity (or removes it when it is not live
	 * any more).
	 */
	public void refresh(long activityId) {
		if (activities.find(activityId).isLive()) {
			index.upsert(document(activityId, creditNames()));
		} else {
			index.remove(activityId);
		}
	}

	private CatalogDocument document(long activityId, Map<String, String> names) {
		int live = activities.find(activityId).liveVersionNo();
		VersionSummary version = versions.versions(activityId).stream().filter(v -> v.versionNo() == live).findFirst()
				.orElseThrow();
		return documents.of(activityId, version.id(), version.publishedAt(), versions.version(activityId, live), names,
				sessions.nextStart(activityId).orElse(null));
	}

	private Map<String, String> creditNames() {
		return creditTypes.active().stream()
				.collect(Collectors.toMap(CreditTypeSummary::code, CreditTypeSummary::name));
	}
}
