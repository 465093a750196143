package org.opencme.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API lives at {@code /api}; see docs/api.md. */
@ApplicationPath("api")
public class RestApplication extends Application {
}
