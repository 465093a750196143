/**
 * Sign-in glue and identity pages: the HTTP authentication mechanism, the
 * identity store, and the sign-in, registration, profile and
 * user-administration views. Rules stay in the ejb module's identity boundary.
 */
package org.opencme.identity.web;
