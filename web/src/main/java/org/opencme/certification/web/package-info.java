/**
 * Certificate pages: the learner's certificates, the public verification page
 * (reached as /verify/{code}) and the administrators' search, revoke and
 * reissue.
 */
package org.opencme.certification.web;
