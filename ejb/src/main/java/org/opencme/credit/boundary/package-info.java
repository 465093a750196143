/**
 * Credit types as reference data other contexts read (CreditTypeSummary
 * records).
 */
package org.opencme.credit.boundary;
