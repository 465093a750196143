package org.opencme.certification.control;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one {@link CertificateRenderer} of the application: its templates and
 * fonts are loaded once, and it renders on any thread.
 */
@ApplicationScoped
public class Renderers {

	private volatile CertificateRenderer renderer;

	public CertificateRenderer renderer() {
		CertificateRenderer r = renderer;
		if (r == null) {
			synchronized (this) {
				if (renderer == null) {
					renderer = new CertificateRenderer();
				}
				r = renderer;
			}
		}
		return r;
	}
}
