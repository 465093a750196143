/** REST for the attendance context: live sessions of activities. */
package org.opencme.attendance.rest;
