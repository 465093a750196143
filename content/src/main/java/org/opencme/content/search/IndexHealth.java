package org.opencme.content.search;

/**
 * What {@link CatalogIndex} found when it opened its directory. Anything but
 * {@link #READY} means the caller should {@link CatalogIndex#rebuild(Iterable)
 * rebuild} from the database; until then searches answer from an empty index
 * plus whatever was upserted since opening.
 */
public enum IndexHealth {
	/** A committed, checksum-verified index was opened. */
	READY,
	/**
	 * No index yet: a new directory, a new in-memory index, or the committed
	 * generation is gone.
	 */
	MISSING,
	/**
	 * Files of the committed index are damaged or missing (checksum or structure
	 * error).
	 */
	CORRUPT,
	/** The index was written by a Lucene version this one cannot read. */
	INCOMPATIBLE,
	/**
	 * The index was written with another layout (fields, analysis or the shipped
	 * medical concepts) than this version searches.
	 */
	OUTDATED
}
