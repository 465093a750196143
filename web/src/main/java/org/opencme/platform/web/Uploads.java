package org.opencme.platform.web;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primefaces.model.file.UploadedFile;

/**
 * PrimeFaces uploads arrive as multipart parts that Undertow wrote to disk
 * (web.xml's {@code multipart-config}); they are read as streams, never with
 * {@code getContent()} (which loads the whole file), and deleted once used.
 */
public final class Uploads {

	private static final Logger LOG = Logger.getLogger(Uploads.class.getName());

	private Uploads() {
	}

	public static void discard(UploadedFile file) {
		try {
			file.delete();
		} catch (IOException | RuntimeException e) {
			LOG.log(Level.FINE, "upload part not deleted; the container deletes it at the end of the request", e);
		}
	}
}
