/**
 * Authored markup made safe: Markdown to sanitised HTML, the one HTML
 * sanitising policy, plain text from HTML and PDF for search. Every HTML shown
 * to a learner passes {@link org.opencme.content.markup.HtmlSanitiser}; nothing
 * here touches a database, the file system or a container.
 */
package org.opencme.content.markup;
