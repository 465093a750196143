/**
 * The portable content package, format version 1: immutable model records,
 * reading (zip or classpath folder), writing (deterministic zip) and validation
 * that reports every problem at once. No persistence, no container and no file
 * system beyond reading: packages are read from a zip on disk or from memory,
 * under explicit limits, and never written to disk. Its enums of the domain's
 * words ({@code ActivityFormat}, {@code Profession}, {@code ModuleKind}) are
 * the one definition the other modules use too.
 */
package org.opencme.content.pkg;
