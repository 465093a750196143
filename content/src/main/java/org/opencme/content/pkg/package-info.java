/**
 * The portable content package, format version 1: immutable model records,
 * reading (zip or classpath folder), writing (deterministic zip) and validation
 * that reports every problem at once. No persistence, no container and no file
 * system beyond reading: packages are read from a zip on disk or from memory,
 * under explicit limits, and never written to disk.
 */
package org.opencme.content.pkg;
