/**
 * Designer pages: the designer's home with their drafts. Rules stay in the ejb
 * module's authoring boundary.
 */
package org.opencme.authoring.web;
