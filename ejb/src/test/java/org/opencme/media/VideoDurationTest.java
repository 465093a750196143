package org.opencme.media;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencme.media.control.VideoDuration;

/**
 * Durations read from real containers (tiny clips made with ffmpeg, see
 * {@code fixtures/media/README.md}) and from hand-built boxes for the layouts
 * ffmpeg does not write for such short clips.
 */
class VideoDurationTest {

	@TempDir
	Path dir;

	private static Path fixture(String name) throws URISyntaxException {
		return Path.of(VideoDurationTest.class.getResource("/fixtures/media/" + name).toURI());
	}

	@Test
	void mp4WithTheIndexAtTheEndOrAtTheStart() throws Exception {
		assertEquals(OptionalLong.of(3000), VideoDuration.millis(fixture("clip-3s.mp4"), "video/mp4"));
		assertEquals(OptionalLong.of(3000), VideoDuration.millis(fixture("clip-3s-faststart.mp4"), "video/mp4"));
	}

	@Test
	void webmSegmentInfoDurationTimesTimecodeScale() throws Exception {
		assertEquals(OptionalLong.of(2500), VideoDuration.millis(fixture("clip-2500ms.webm"), "video/webm"));
	}

	@Test
	void aLiveWebmWithoutDurationAndAFragmentedMp4HaveNone() throws Exception {
		assertEquals(OptionalLong.empty(), VideoDuration.millis(fixture("clip-live.webm"), "video/webm"));
		assertEquals(OptionalLong.empty(), VideoDuration.millis(fixture("clip-frag.mp4"), "video/mp4"));
	}

	@Test
	void truncatedOrForeignBytesHaveNone() throws Exception {
		byte[] mp4 = Files.readAllBytes(fixture("clip-3s.mp4"));
		assertEquals(OptionalLong.empty(), millis(Arrays.copyOf(mp4, mp4.length / 2), "video/mp4"),
				"the index at the end was cut off");
		byte[] webm = Files.readAllBytes(fixture("clip-2500ms.webm"));
		assertEquals(OptionalLong.empty(), millis(Arrays.copyOf(webm, 40), "video/webm"));
		byte[] fake = new byte[4096];
		System.arraycopy("\0\0\0\u0018ftypmp42".getBytes(StandardCharsets.ISO_8859_1), 0, fake, 0, 12);
		assertEquals(OptionalLong.empty(), millis(fake, "video/mp4"), "a header and zeros is no video");
		assertEquals(OptionalLong.empty(), millis(mp4, "application/pdf"));
	}

	@Test
	void mp4Version1HeaderAndLargeSizeBoxes() throws IOException {
		ByteBuffer mvhd = ByteBuffer.allocate(4 + 8 + 8 + 4 + 8);
		mvhd.put((byte) 1).put(new byte[3]).putLong(0).putLong(0).putInt(90_000).putLong(90_000L * 7200);
		byte[] moov = box("moov", box("mvhd", mvhd.array()));
		byte[] file = concat(box("ftyp", "isom".getBytes(StandardCharsets.US_ASCII)), largeBox("mdat", new byte[64]),
				moov);
		assertEquals(OptionalLong.of(7_200_000), millis(file, "video/mp4"), "two hours, 64-bit fields");
	}

	@Test
	void mp4WithoutMovieDurationTakesTheLongestTrack() throws IOException {
		byte[] mvhd = version0("mvhd", 1000, 0);
		byte[] audio = box("trak", box("mdia", version0("mdhd", 48_000, 48_000 * 12)));
		byte[] video = box("trak", box("mdia", version0("mdhd", 600, 600 * 10)));
		byte[] file = concat(box("ftyp", new byte[4]), box("moov", concat(box("mvhd", mvhd), video, audio)));
		assertEquals(OptionalLong.of(12_000), millis(file, "video/mp4"));
	}

	private OptionalLong millis(byte[] content, String type) throws IOException {
		Path file = Files.write(dir.resolve("v"), content);
		return VideoDuration.millis(file, type);
	}

	private static byte[] version0(String type, int timescale, int duration) {
		ByteBuffer b = ByteBuffer.allocate(4 + 4 + 4 + 4 + 4);
		b.putInt(0).putInt(0).putInt(0).putInt(timescale).putInt(duration);
		return "mvhd".equals(type) ? b.array() : box(type, b.array());
	}

	private static byte[] box(String type, byte[] body) {
		return ByteBuffer.allocate(8 + body.length).putInt(8 + body.length)
				.put(type.getBytes(StandardCharsets.US_ASCII)).put(body).array();
	}

	private static byte[] largeBox(String type, byte[] body) {
		return ByteBuffer.allocate(16 + body.length).putInt(1).put(type.getBytes(StandardCharsets.US_ASCII))
				.putLong(16 + body.length).put(body).array();
	}

	private static byte[] concat(byte[]... parts) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] p : parts) {
			out.write(p);
		}
		return out.toByteArray();
	}
}
