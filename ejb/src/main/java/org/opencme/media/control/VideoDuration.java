package org.opencme.media.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.OptionalLong;

/**
 * The length of a stored video, read from its container, because the server
 * must never take a browser's word for how long a video is (a completion rests
 * on it). MP4: {@code moov/mvhd} duration / timescale, else the longest
 * {@code moov/trak/mdia/mdhd}, else {@code moov/mvex/mehd}. WebM (Matroska):
 * {@code Segment/Info/Duration} × {@code TimecodeScale}. Reads only box and
 * element headers (the media data is skipped by seeking), so a 500 MB file
 * costs a few small reads. Anything it cannot read gives empty, never a guess.
 */
public final class VideoDuration {

	private static final int MAX_DEPTH = 8;
	private static final long EBML_UNKNOWN = -1;
	private static final int ID_SEGMENT = 0x18538067;
	private static final int ID_INFO = 0x1549A966;
	private static final int ID_TIMECODE_SCALE = 0x2AD7B1;
	private static final int ID_DURATION = 0x4489;

	private final SeekableByteChannel in;
	private final long size;

	private VideoDuration(SeekableByteChannel in) throws IOException {
		this.in = in;
		this.size = in.size();
	}

	/** The duration in milliseconds of the video at {@code file}, if readable. */
	public static OptionalLong millis(Path file, String contentType) {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
			return millis(channel, contentType);
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot read " + file, e);
		}
	}

	/** The duration in milliseconds, if the container states one. */
	public static OptionalLong millis(SeekableByteChannel channel, String contentType) throws IOException {
		VideoDuration reader = new VideoDuration(channel);
		try {
			if ("video/mp4".equals(contentType)) {
				return positive(reader.mp4());
			}
			if ("video/webm".equals(contentType)) {
				return positive(reader.webm());
			}
		} catch (Malformed | IndexOutOfBoundsException e) {
			return OptionalLong.empty();
		}
		return OptionalLong.empty();
	}

	private static OptionalLong positive(long millis) {
		return millis > 0 ? OptionalLong.of(millis) : OptionalLong.empty();
	}

	// ---- MP4 (ISO base media file format) ----

	private long mp4() throws IOException {
		Box moov = child(0, size, "moov");
		if (moov == null) {
			return 0;
		}
		Box mvhd = child(moov.body, moov.end, "mvhd");
		long movieTimescale = 0;
		if (mvhd != null) {
			long[] header = fullHeaderTime(mvhd);
			movieTimescale = header[0];
			long millis = toMillis(header[1], header[0]);
			if (millis > 0) {
				return millis;
			}
		}
		long longest = 0;
		for (long at = moov.body; at < moov.end;) {
			Box box = box(at, moov.end);
			if ("trak".equals(box.type)) {
				Box mdia = child(box.body, box.end, "mdia");
				Box mdhd = mdia == null ? null : child(mdia.body, mdia.end, "mdhd");
				if (mdhd != null) {
					long[] header = fullHeaderTime(mdhd);
					longest = Math.max(longest, toMillis(header[1], header[0]));
				}
			}
			at = box.end;
		}
		if (longest > 0) {
			return longest;
		}
		Box mvex = child(moov.body, moov.end, "mvex");
		Box mehd = mvex == null ? null : child(mvex.body, mvex.end, "mehd");
		if (mehd != null) {
			if (mehd.end - mehd.body < 8) {
				throw new Malformed();
			}
			ByteBuffer b = read(mehd.body, (int) Math.min(12, mehd.end - mehd.body));
			int version = b.get(0) & 0xff;
			long duration = version == 1 ? b.getLong(4) : Integer.toUnsignedLong(b.getInt(4));
			return toMillis(duration, movieTimescale);
		}
		return 0;
	}

	/**
	 * Timescale and duration of an {@code mvhd} or {@code mdhd} (both full boxes
	 * with the same layout up to the duration).
	 */
	private long[] fullHeaderTime(Box box) throws IOException {
		int version = read(box.body, 1).get(0) & 0xff;
		if (box.end - box.body < (version == 1 ? 32 : 20)) {
			throw new Malformed();
		}
		if (version == 1) {
			ByteBuffer b = read(box.body, 32);
			return new long[]{Integer.toUnsignedLong(b.getInt(20)), b.getLong(24)};
		}
		ByteBuffer b = read(box.body, 20);
		return new long[]{Integer.toUnsignedLong(b.getInt(12)), Integer.toUnsignedLong(b.getInt(16))};
	}

	private static long toMillis(long duration, long timescale) {
		// All ones means "unknown" (a fragmented or live file).
		if (timescale <= 0 || duration <= 0 || duration == 0xFFFFFFFFL || duration == -1L) {
			return 0;
		}
		return (long) Math.floor(duration * 1000.0 / timescale);
	}

	private Box child(long from, long end, String type) throws IOException {
		for (long at = from; at < end;) {
			Box box = box(at, end);
			if (box.type.equals(type)) {
				return box;
			}
			at = box.end;
		}
		return null;
	}

	private Box box(long at, long parentEnd) throws IOException {
		if (parentEnd - at < 8) {
			throw new Malformed();
		}
		ByteBuffer header = read(at, 8);
		long length = Integer.toUnsignedLong(header.getInt(0));
		String type = new String(new byte[]{header.get(4), header.get(5), header.get(6), header.get(7)},
				java.nio.charset.StandardCharsets.ISO_8859_1);
		long body = at + 8;
		if (length == 1) {
			length = read(at + 8, 8).getLong(0);
			body = at + 16;
		} else if (length == 0) {
			length = parentEnd - at;
		}
		if (length < body - at || at + length > parentEnd) {
			throw new Malformed();
		}
		return new Box(type, body, at + length);
	}

	private record Box(String type, long body, long end) {
	}

	// ---- WebM / Matroska (EBML) ----

	private long webm() throws IOException {
		long at = 0;
		while (at < size) {
			Element element = element(at, size, 0);
			if (element.id == ID_SEGMENT) {
				return segment(element);
			}
			if (element.size == EBML_UNKNOWN) {
				return 0;
			}
			at = element.data + element.size;
		}
		return 0;
	}

	private long segment(Element segment) throws IOException {
		long end = segment.size == EBML_UNKNOWN ? size : Math.min(size, segment.data + segment.size);
		for (long at = segment.data; at < end;) {
			Element element = element(at, end, 1);
			if (element.id == ID_INFO) {
				return info(element);
			}
			if (element.size == EBML_UNKNOWN) {
				return 0;
			}
			at = element.data + element.size;
		}
		return 0;
	}

	private long info(Element info) throws IOException {
		if (info.size == EBML_UNKNOWN) {
			return 0;
		}
		long end = info.data + info.size;
		long scale = 1_000_000;
		double duration = -1;
		for (long at = info.data; at < end;) {
			Element element = element(at, end, 2);
			if (element.id == ID_TIMECODE_SCALE) {
				scale = unsigned(element);
			} else if (element.id == ID_DURATION) {
				duration = floating(element);
			}
			at = element.data + element.size;
		}
		if (duration <= 0 || scale <= 0 || Double.isNaN(duration) || Double.isInfinite(duration)) {
			return 0;
		}
		return (long) Math.floor(duration * scale / 1_000_000.0);
	}

	private long unsigned(Element element) throws IOException {
		if (element.size < 1 || element.size > 8) {
			throw new Malformed();
		}
		ByteBuffer b = read(element.data, (int) element.size);
		long value = 0;
		for (int i = 0; i < element.size; i++) {
			value = value << 8 | (b.get(i) & 0xff);
		}
		return value;
	}

	private double floating(Element element) throws IOException {
		if (element.size == 4) {
			return read(element.data, 4).getFloat(0);
		}
		if (element.size == 8) {
			return read(element.data, 8).getDouble(0);
		}
		throw new Malformed();
	}

	/**
	 * An EBML element header at {@code at}: its id (with the length marker, as the
	 * specification writes ids) and data size (-1 when unknown).
	 */
	private Element element(long at, long end, int depth) throws IOException {
		if (depth > MAX_DEPTH || end - at < 2) {
			throw new Malformed();
		}
		ByteBuffer head = read(at, (int) Math.min(12, end - at));
		int first = head.get(0) & 0xff;
		int idLength = Integer.numberOfLeadingZeros(first) - 23;
		if (first == 0 || idLength > 4 || idLength > head.limit()) {
			throw new Malformed();
		}
		int id = 0;
		for (int i = 0; i < idLength; i++) {
			id = id << 8 | (head.get(i) & 0xff);
		}
		if (idLength >= head.limit()) {
			throw new Malformed();
		}
		int sizeFirst = head.get(idLength) & 0xff;
		int sizeLength = Integer.numberOfLeadingZeros(sizeFirst) - 23;
		if (sizeFirst == 0 || idLength + sizeLength > head.limit()) {
			throw new Malformed();
		}
		long value = sizeFirst & (0xff >> sizeLength);
		boolean allOnes = value == (0xff >> sizeLength);
		for (int i = 1; i < sizeLength; i++) {
			int b = head.get(idLength + i) & 0xff;
			allOnes &= b == 0xff;
			value = value << 8 | b;
		}
		long data = at + idLength + sizeLength;
		if (allOnes) {
			return new Element(id, data, EBML_UNKNOWN);
		}
		if (data + value > end) {
			throw new Malformed();
		}
		return new Element(id, data, value);
	}

	private record Element(int id, long data, long size) {
	}

	// ---- reading ----

	private ByteBuffer read(long at, int length) throws IOException {
		if (at < 0 || at + length > size) {
			throw new Malformed();
		}
		ByteBuffer buffer = ByteBuffer.allocate(length);
		in.position(at);
		while (buffer.hasRemaining()) {
			if (in.read(buffer) < 0) {
				throw new Malformed();
			}
		}
		return buffer.flip();
	}

	/** The file is not what its header promised: no duration can be trusted. */
	private static final class Malformed extends RuntimeException {
		private static final long serialVersionUID = 1L;

		Malformed() {
			super(null, null, false, false);
		}
	}
}
