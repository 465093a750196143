package org.opencme.idempotency.rest;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.opencme.idempotency.entity.StoredResponse;

/**
 * Holds back the response of a request with a key, so the record is completed
 * before the client sees the answer (a retry that follows at once is then a
 * replay, not a 409). Bodies larger than {@code limit} are passed through as
 * they come and not stored; so are answers the container renders itself
 * ({@code sendError}, {@code sendRedirect}) and answers marked
 * {@code Cache-Control: no-store} by the call itself (a new API token's secret
 * must not be kept; the {@code no-store} that every API answer gets from
 * {@code SecurityHeadersFilter}, set before this wrapper exists, does not
 * count).
 */
final class CapturingResponse extends HttpServletResponseWrapper {

	private final int limit;
	private ByteArrayOutputStream buffer = new ByteArrayOutputStream();
	private ServletOutputStream stream;
	private PrintWriter writer;
	private boolean passedThrough;
	private boolean renderedByContainer;
	private boolean markedNoStore;

	CapturingResponse(HttpServletResponse response, int limit) {
		super(response);
		this.limit = limit;
	}

	/**
	 * What to keep for replay, or null when this answer must not or cannot be kept.
	 */
	StoredResponse storable() {
		flushWriter();
		if (passedThrough || renderedByContainer || markedNoStore) {
			return null;
		}
		return new StoredResponse(getStatus(), getContentType(), getHeader("Location"), buffer.toByteArray());
	}

	/** Sends what was held back. */
	void release() throws IOException {
		flushWriter();
		if (!passedThrough && buffer != null && buffer.size() > 0) {
			ServletOutputStream out = getResponse().getOutputStream();
			buffer.writeTo(out);
			out.flush();
		}
		buffer = null;
	}

	@Override
	public ServletOutputStream getOutputStream() {
		if (stream == null) {
			stream = new Stream();
		}
		return stream;
	}

	@Override
	public PrintWriter getWriter() {
		if (writer == null) {
			String encoding = getCharacterEncoding();
			Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
			writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset));
		}
		return writer;
	}

	@Override
	public void flushBuffer() throws IOException {
		if (passedThrough) {
			super.flushBuffer();
		}
	}

	@Override
	public void resetBuffer() {
		super.resetBuffer();
		if (!passedThrough) {
			buffer.reset();
		}
	}

	@Override
	public void reset() {
		super.reset();
		if (!passedThrough) {
			buffer.reset();
		}
	}

	@Override
	public void setHeader(String name, String value) {
		note(name, value);
		super.setHeader(name, value);
	}

	@Override
	public void addHeader(String name, String value) {
		note(name, value);
		super.addHeader(name, value);
	}

	private void note(String name, String value) {
		if ("Cache-Control".equalsIgnoreCase(name) && value != null
				&& value.toLowerCase(Locale.ROOT).contains("no-store")) {
			markedNoStore = true;
		}
	}

	@Override
	public void sendError(int sc) throws IOException {
		renderedByContainer = true;
		super.sendError(sc);
	}

	@Override
	public void sendError(int sc, String msg) throws IOException {
		renderedByContainer = true;
		super.sendError(sc, msg);
	}

	@Override
	public void sendRedirect(String location) throws IOException {
		renderedByContainer = true;
		super.sendRedirect(location);
	}

	private void flushWriter() {
		if (writer != null) {
			writer.flush();
		}
	}

	private void write(byte[] bytes, int offset, int length) throws IOException {
		if (!passedThrough && buffer.size() + length > limit) {
			passedThrough = true;
			buffer.writeTo(getResponse().getOutputStream());
			buffer = null;
		}
		if (passedThrough) {
			getResponse().getOutputStream().write(bytes, offset, length);
		} else {
			buffer.write(bytes, offset, length);
		}
	}

	private final class Stream extends ServletOutputStream {

		@Override
		public void write(int b) throws IOException {
			CapturingResponse.this.write(new byte[]{(byte) b}, 0, 1);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			CapturingResponse.this.write(b, off, len);
		}

		@Override
		public void flush() throws IOException {
			if (passedThrough) {
				getResponse().getOutputStream().flush();
			}
		}

		@Override
		public boolean isReady() {
			return true;
		}

		@Override
		public void setWriteListener(WriteListener listener) {
			try {
				listener.onWritePossible();
			} catch (IOException e) {
				listener.onError(e);
			}
		}
	}
}
