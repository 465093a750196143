/**
 * Credit types (AMA PRA Category 1, ANCC, AANP, ...): data, not an enum.
 */
package org.opencme.credit.entity;
