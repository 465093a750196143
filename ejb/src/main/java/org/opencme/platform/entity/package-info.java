/**
 * Installation settings (app_setting) and the converter that stores instants as
 * UTC timestamps.
 */
package org.opencme.platform.entity;
