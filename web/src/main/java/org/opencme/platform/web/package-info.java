/** Helpers shared by all pages (messages). No domain rules. */
package org.opencme.platform.web;
