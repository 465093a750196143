/**
 * The shared kernel of the ejb module: the clock and the provider's calendar,
 * schema migrations, the data directory, installation settings, health, and the
 * domain exceptions every context throws. No domain rules live here; the demo
 * data is in {@code org.opencme.demo}.
 */
package org.opencme.platform;
