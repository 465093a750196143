/**
 * The catalog's services: searching the index of live activities (with facets,
 * synonyms and typo correction), the administrators' rebuild and synonym rules,
 * and the events that tell others a rule changed.
 */
package org.opencme.catalog.boundary;
