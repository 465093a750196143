/** REST resources of the authoring context ({@code /api/activities}). */
package org.opencme.authoring.rest;
