/**
 * Start-up data: the demo accounts and activities of the embedded default,
 * loaded once, and the first administrator of a new installation. Talks to the
 * contexts through their boundaries only.
 */
package org.opencme.demo;
