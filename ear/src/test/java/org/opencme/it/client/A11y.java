package org.opencme.it.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Accessibility checks a browser test runs on a page, in the page itself (no
 * axe-core in this build): a language, one h1, unique ids, every visible form
 * control with an accessible name, every image with an alternative, every
 * aria-describedby / aria-labelledby pointing at an element that exists.
 */
final class A11y {

	private static final String SCRIPT = """
			const problems = [];
			if (!document.documentElement.lang) problems.push('the page has no lang');
			const h1 = document.querySelectorAll('h1');
			if (h1.length !== 1) problems.push(h1.length + ' h1 elements');
			const seen = new Map();
			document.querySelectorAll('[id]').forEach(e => seen.set(e.id, (seen.get(e.id) || 0) + 1));
			seen.forEach((n, id) => { if (n > 1) problems.push('duplicate id ' + id); });
			const visible = e => !!(e.offsetWidth || e.offsetHeight || e.getClientRects().length);
			document.querySelectorAll('input:not([type=hidden]), select, textarea, button').forEach(e => {
				if (!visible(e) && e.tagName !== 'SELECT') return;
				if (e.closest('[aria-hidden=true]') || e.closest('.ui-helper-hidden-accessible') && e.tagName === 'SELECT') return;
				const labelled = (e.id && document.querySelector('label[for="' + CSS.escape(e.id) + '"]'))
					|| e.getAttribute('aria-label') || e.getAttribute('aria-labelledby') || e.closest('label')
					|| e.getAttribute('title') || (e.tagName === 'BUTTON' && e.textContent.trim())
					|| (['submit','button'].includes(e.type) && e.value);
				if (!labelled) problems.push('no name: ' + e.tagName.toLowerCase() + '#' + e.id);
			});
			document.querySelectorAll('img:not([alt])').forEach(e => problems.push('image without alt: ' + e.src));
			document.querySelectorAll('[aria-describedby],[aria-labelledby]').forEach(e => {
				(e.getAttribute('aria-describedby') || '').concat(' ', e.getAttribute('aria-labelledby') || '')
					.split(/\\s+/).filter(x => x).forEach(id => {
						if (!document.getElementById(id)) problems.push(e.id + ' refers to missing #' + id);
					});
			});
			return problems;
			""";

	private A11y() {
	}

	@SuppressWarnings("unchecked")
	static void check(WebDriver browser, String page) {
		List<String> problems = (List<String>) ((JavascriptExecutor) browser).executeScript(SCRIPT);
		assertEquals(List.of(), problems, "accessibility of the " + page);
	}
}
