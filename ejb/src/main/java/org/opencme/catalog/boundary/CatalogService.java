package org.opencme.catalog.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.opencme.authoring.boundary.ActivityService;
import org.opencme.authoring.boundary.AuthoringService;
import org.opencme.authoring.boundary.VersionSummary;
import org.opencme.catalog.control.CatalogDocuments;
import org.opencme.content.search.CatalogDocument;
import org.opencme.content.search.CatalogIndex;
import org.opencme.content.search.CatalogPage;
import org.opencme.content.search.CatalogQuery;
import org.opencme.credit.boundary.CreditTypeService;
import org.opencme.credit.entity.CreditType;
import org.opencme.platform.control.DataDirectory;

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
	AuthoringService authoring;

	@Inject
	CreditTypeService creditTypes;

	private final CatalogDocuments documents = new CatalogDocuments();
	private CatalogIndex index;

	@PostConstruct
	void open() {
		index = CatalogIndex.open(DataDirectory.resolve("index").resolve("catalog"));
		if (index.needsRebuild()) {
			LOG.info(() -> "Catalog index is " + index.health() + ": rebuilding it from the database");
			rebuild();
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
		VersionSummary version = authoring.versions(activityId).stream().filter(v -> v.versionNo() == live).findFirst()
				.orElseThrow();
		return documents.of(activityId, version.id(), version.publishedAt(), authoring.version(activityId, live),
				names);
	}

	private Map<String, String> creditNames() {
		return creditTypes.active().stream().collect(Collectors.toMap(CreditType::code, CreditType::name));
	}
}
