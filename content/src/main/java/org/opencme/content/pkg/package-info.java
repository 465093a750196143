/**
 * The portable content package, format version 1: immutable model records,
 * reading (zip or classpath folder), writing (deterministic zip) and validation
 * that reports every problem at once. No persistence, no container and no file
 * system here: packages are read into memory only, under explicit limits.
 */
package org.opencme.content.pkg;
