package org.opencme.certification.control;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A logic-less template, compiled once: {@code {{name}}} prints a value,
 * escaped for XML text and attributes; {@code {{#name}}...{{/name}}} repeats
 * its body for each item of a list (the item's fields in scope) or prints it
 * once when a value is present; {@code {{^name}}...{{/name}}} prints its body
 * when the value is absent or the list empty. There is no other syntax, no
 * expression and no way to print a value unescaped.
 */
final class PlaceholderTemplate {

	private static final Pattern TAG = Pattern.compile("\\{\\{\\s*([#^/]?)\\s*([A-Za-z][A-Za-z0-9]*)\\s*}}");

	private sealed interface Node permits Text, Value, Section {
	}

	private record Text(String text) implements Node {
	}

	private record Value(String name) implements Node {
	}

	private record Section(String name, boolean inverted, List<Node> body) implements Node {
	}

	private final List<Node> nodes;

	private PlaceholderTemplate(List<Node> nodes) {
		this.nodes = nodes;
	}

	/**
	 * @param names
	 *            the names a value may have; a template that uses another is
	 *            refused here rather than printing nothing later
	 */
	static PlaceholderTemplate compile(String source, Set<String> names) {
		Deque<List<Node>> open = new ArrayDeque<>();
		Deque<Section> sections = new ArrayDeque<>();
		open.push(new ArrayList<>());
		Matcher m = TAG.matcher(source);
		int at = 0;
		while (m.find()) {
			if (m.start() > at) {
				open.peek().add(new Text(source.substring(at, m.start())));
			}
			at = m.end();
			String kind = m.group(1);
			String name = m.group(2);
			if (!names.contains(name)) {
				throw new CertificateRenderingException("unknown placeholder {{" + kind + name + "}} in template");
			}
			switch (kind) {
				case "#", "^" -> {
					Section section = new Section(name, kind.equals("^"), new ArrayList<>());
					open.peek().add(section);
					sections.push(section);
					open.push(section.body());
				}
				case "/" -> {
					if (sections.isEmpty() || !sections.peek().name().equals(name)) {
						throw new CertificateRenderingException("{{/" + name + "}} closes no open section");
					}
					sections.pop();
					open.pop();
				}
				default -> open.peek().add(new Value(name));
			}
		}
		if (!sections.isEmpty()) {
			throw new CertificateRenderingException("section {{#" + sections.peek().name() + "}} is not closed");
		}
		if (at < source.length()) {
			open.peek().add(new Text(source.substring(at)));
		}
		return new PlaceholderTemplate(List.copyOf(open.pop()));
	}

	/**
	 * @param values
	 *            a value is a String, or a List of such maps (for sections); null
	 *            or missing means absent
	 */
	String fill(Map<String, ?> values) {
		StringBuilder out = new StringBuilder(4096);
		Deque<Map<String, ?>> scope = new ArrayDeque<>();
		scope.push(values);
		write(nodes, scope, out);
		return out.toString();
	}

	private static void write(List<Node> nodes, Deque<Map<String, ?>> scope, StringBuilder out) {
		for (Node node : nodes) {
			if (node instanceof Text text) {
				out.append(text.text());
			} else if (node instanceof Value value) {
				Object v = lookup(scope, value.name());
				if (v != null && !(v instanceof List)) {
					escape(v.toString(), out);
				}
			} else if (node instanceof Section section) {
				writeSection(section, scope, out);
			}
		}
	}

	private static void writeSection(Section section, Deque<Map<String, ?>> scope, StringBuilder out) {
		Object v = lookup(scope, section.name());
		boolean present = v instanceof List<?> list ? !list.isEmpty() : v != null && !v.toString().isBlank();
		if (section.inverted()) {
			if (!present) {
				write(section.body(), scope, out);
			}
		} else if (v instanceof List<?> list) {
			for (Object item : list) {
				@SuppressWarnings("unchecked")
				Map<String, ?> fields = (Map<String, ?>) item;
				scope.push(fields);
				write(section.body(), scope, out);
				scope.pop();
			}
		} else if (present) {
			write(section.body(), scope, out);
		}
	}

	private static Object lookup(Deque<Map<String, ?>> scope, String name) {
		for (Map<String, ?> level : scope) {
			if (level.containsKey(name)) {
				return level.get(name);
			}
		}
		return null;
	}

	/**
	 * Escapes for XML text and quoted attributes alike, and drops the characters
	 * XML 1.0 cannot carry at all (they would break the parse).
	 */
	static void escape(String s, StringBuilder out) {
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> {
					if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
						if (c != 0xFFFE && c != 0xFFFF) {
							out.append(c);
						}
					}
				}
			}
		}
	}
}
