/**
 * Enrolments pinned to a version, module progress, attempts and their
 * responses, evaluation answers, and allowances with their ledger of spends
 * (entries, never overwritten).
 */
package org.opencme.learning.entity;
