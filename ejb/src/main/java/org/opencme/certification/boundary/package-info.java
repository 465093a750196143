/**
 * {@code CertificateService}: issuing (observing {@code AwardsRecorded}), a
 * learner's certificates, the PDF for its owner or an administrator, public
 * verification, revocation and reissue.
 */
package org.opencme.certification.boundary;
