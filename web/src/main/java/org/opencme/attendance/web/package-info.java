/** Pages of the attendance context: scheduling live sessions. */
package org.opencme.attendance.web;
