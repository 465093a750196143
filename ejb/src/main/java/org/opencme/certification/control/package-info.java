/**
 * The certificate renderer: XHTML + CSS templates filled with escaped values
 * and rendered to PDF/A-2b by openhtmltopdf, sealed so that a template reaches
 * only its own bundled files. Pure Java: no container, no entities.
 */
package org.opencme.certification.control;
