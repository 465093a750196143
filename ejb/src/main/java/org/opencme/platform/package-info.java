/**
 * Cross-cutting platform of the ejb module: schema migrations, the data
 * directory, settings and demo data. No domain rules live here.
 */
package org.opencme.platform;
