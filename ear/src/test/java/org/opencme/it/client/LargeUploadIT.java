package org.opencme.it.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencme.content.pkg.ActivityManifest;
import org.opencme.content.pkg.ContentPackage;
import org.opencme.content.pkg.ModuleSpec;
import org.opencme.content.pkg.PackageFile;
import org.opencme.content.pkg.PackageWriter;
import org.opencme.content.pkg.VideoModuleSpec;
import org.opencme.it.Deployments;

/**
 * Uploads near and over the 600 MB package limit against the server's own heap
 * (-Xmx1g): a 590 MB package is imported with the heap's peak staying far below
 * its size (read from the server's platform MBeans through the management API),
 * and a declared length over the limit is refused at once, its body never read.
 * The test itself streams: the zip is generated to target/ and sent from the
 * file.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LargeUploadIT {

	/**
	 * Accounts of this class's own, made for each run (each test makes its own
	 * records).
	 */
	private static Accounts.Account designer;

	@BeforeAll
	static void freshAccounts() {
		designer = Accounts.designer();
	}

	private static final long MB = 1024L * 1024;
	private static final long VIDEO_BYTES = 295 * MB;
	/** Old generation growth allowed during the import: far below the package. */
	private static final long HEAP_BUDGET = 200 * MB;

	@ArquillianResource
	ManagementClient management;

	@Deployment(testable = false)
	static EnterpriseArchive deployment() {
		return Deployments.shippedEar();
	}

	@Test
	void aPackageNearTheLimitIsImportedFromDiskWithBoundedHeap() throws Exception {
		Path zip = Files.createTempFile(Path.of("target"), "large-package-", ".zip");
		try {
			Map<String, String> shas = writeLargePackage(zip);
			long size = Files.size(zip);
			assertTrue(size > 580 * MB && size < 600 * MB, "near the 600 MB limit: " + size);

			Map<String, Long> before = heapBaseline();
			long start = System.nanoTime();
			HttpResponse<String> imported = HttpClient.newHttpClient()
					.send(HttpRequest.newBuilder(URI.create(Http.BASE + "/api/activities/import"))
							.header("Authorization", designer.basic()).header("Content-Type", "application/zip")
							.POST(HttpRequest.BodyPublishers.ofFile(zip)).build(),
							HttpResponse.BodyHandlers.ofString());
			long millis = (System.nanoTime() - start) / 1_000_000;
			Map<String, Long> peaks = heapPeaks();
			String old = peaks.keySet().stream().filter(n -> n.contains("Old") || n.contains("Tenured")).findFirst()
					.orElseThrow(() -> new AssertionError("no old generation among " + peaks.keySet()));
			long growth = peaks.get(old) - before.getOrDefault(old, 0L);
			System.out.printf(
					"LargeUploadIT: %d MB package imported in %d ms; heap pools before %s, peaks %s;"
							+ " old generation grew by %d MB at most%n",
					size / MB, millis, mb(before), mb(peaks), growth / MB);

			assertEquals(201, imported.statusCode(), imported.body());
			assertTrue(growth < HEAP_BUDGET, "the package is not held in memory: the old generation peaked "
					+ growth / MB + " MB above its level before the upload (" + size / MB + " MB package)");

			long id = Http.json(imported).getJsonNumber("id").longValue();
			HttpResponse<String> problems = Http.send("GET", "/api/activities/" + id + "/problems", designer.basic(),
					null);
			assertEquals(200, problems.statusCode(), "the draft opens without loading its media: " + problems.body());
			for (Map.Entry<String, String> video : shas.entrySet()) {
				HttpResponse<byte[]> head = HttpClient.newHttpClient()
						.send(HttpRequest.newBuilder(URI.create(Http.BASE + "/media/" + video.getValue()))
								.header("Authorization", designer.basic()).header("Range", "bytes=0-12").build(),
								HttpResponse.BodyHandlers.ofByteArray());
				assertEquals(206, head.statusCode(), video.getKey() + " stored under its SHA-256");
				assertEquals("bytes 0-12/" + VIDEO_BYTES, head.headers().firstValue("Content-Range").orElse(""));
				assertArrayEquals(header(video.getKey()), head.body());
			}
		} finally {
			Files.deleteIfExists(zip);
		}
	}

	/**
	 * Only the request head is sent (a client that waits for {@code 100 Continue},
	 * as curl does for large bodies): the answer comes without one byte of the
	 * body.
	 */
	@Test
	void aDeclaredLengthOverTheLimitIsRefusedBeforeTheBodyIsRead() throws Exception {
		refusedUnread("");
		refusedUnread("Idempotency-Key: large-" + System.nanoTime() + "\r\n");
	}

	private static void refusedUnread(String extraHeaders) throws Exception {
		long length = 601 * MB;
		URI base = URI.create(Http.BASE);
		long start = System.nanoTime();
		String answer;
		try (Socket socket = new Socket(base.getHost(), base.getPort())) {
			socket.setSoTimeout(10_000);
			String head = "POST /api/activities/import HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
					+ "\r\nAuthorization: " + designer.basic() + "\r\nContent-Type: application/zip"
					+ "\r\nContent-Length: " + length + "\r\nExpect: 100-continue\r\n" + extraHeaders + "\r\n";
			socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
			socket.getOutputStream().flush();
			answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
		long millis = (System.nanoTime() - start) / 1_000_000;
		System.out.printf("LargeUploadIT: %d MB declared, answered in %d ms: %s%n", length / MB, millis,
				answer.lines().findFirst().orElse(""));
		assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
		assertTrue(answer.toLowerCase(java.util.Locale.ROOT).contains("content-type: application/problem+json"),
				answer);
		assertTrue(answer.contains("\"package\""), answer);
		assertTrue(millis < 10_000, "answered at once, not after reading 601 MB: " + millis + " ms");
	}

	/**
	 * The sepsis demo package with two optional 295 MB videos, stored (not
	 * deflated) so the zip is as large as its content; answers each video's SHA-256
	 * by path.
	 */
	private static Map<String, String> writeLargePackage(Path zip) throws Exception {
		ContentPackage base = Packages.demo("sepsis-hour-1-bundle", Deployments.unique("Large package"));
		List<String> videos = List.of("media/large-1.mp4", "media/large-2.mp4");
		List<ModuleSpec> modules = new ArrayList<>(base.manifest().modules());
		List<PackageFile> files = new ArrayList<>(base.files());
		for (String video : videos) {
			String key = video.substring("media/".length(), video.length() - ".mp4".length());
			modules.add(new VideoModuleSpec(key, "Lecture " + key, false, video, null, 90));
			files.add(PackageFile.streamed(video, VIDEO_BYTES, () -> video(video), null));
		}
		ActivityManifest m = base.manifest();
		ContentPackage pkg = new ContentPackage(
				new ActivityManifest(m.activity(), m.completionCriteria(), m.certificateTemplate(), modules), files);
		Map<String, String> shas = new LinkedHashMap<>();
		try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
			z.putNextEntry(new ZipEntry(ContentPackage.MANIFEST));
			z.write(new PackageWriter().manifestJson(pkg));
			z.closeEntry();
			for (PackageFile file : base.files()) {
				z.putNextEntry(new ZipEntry(file.path()));
				z.write(file.content());
				z.closeEntry();
			}
			for (String video : videos) {
				shas.put(video, storedEntry(z, video));
			}
		}
		return shas;
	}

	/** Writes a STORED entry (size and CRC known first); answers its SHA-256. */
	private static String storedEntry(ZipOutputStream zip, String path) throws Exception {
		CRC32 crc = new CRC32();
		MessageDigest sha = MessageDigest.getInstance("SHA-256");
		byte[] buffer = new byte[1 << 20];
		try (InputStream in = video(path)) {
			for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
				crc.update(buffer, 0, n);
				sha.update(buffer, 0, n);
			}
		}
		ZipEntry entry = new ZipEntry(path);
		entry.setMethod(ZipEntry.STORED);
		entry.setSize(VIDEO_BYTES);
		entry.setCompressedSize(VIDEO_BYTES);
		entry.setCrc(crc.getValue());
		zip.putNextEntry(entry);
		try (InputStream in = video(path)) {
			in.transferTo(zip);
		}
		zip.closeEntry();
		return HexFormat.of().formatHex(sha.digest());
	}

	/**
	 * A real 3 s MP4 (its length must be readable: a video is refused otherwise),
	 * then a {@code free} box filling the file, whose first byte names the video:
	 * distinct content per path, almost all of it zeros.
	 */
	private static InputStream video(String path) {
		byte[] prefix = java.util.Arrays.copyOf(clip(), clip().length + 9);
		java.nio.ByteBuffer.wrap(prefix, clip().length, 9).putInt((int) (VIDEO_BYTES - clip().length))
				.put("free".getBytes(StandardCharsets.US_ASCII)).put((byte) path.hashCode());
		return new SequenceInputStream(new ByteArrayInputStream(prefix), zeros(VIDEO_BYTES - prefix.length));
	}

	private static byte[] header(String path) {
		return java.util.Arrays.copyOf(clip(), 13);
	}

	private static byte[] clip;

	private static synchronized byte[] clip() {
		if (clip == null) {
			try (InputStream in = LargeUploadIT.class.getResourceAsStream("/fixtures/learning/clip-3s.mp4")) {
				clip = in.readAllBytes();
			} catch (java.io.IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
		}
		return clip;
	}

	private static InputStream zeros(long length) {
		return new InputStream() {
			private long left = length;

			@Override
			public int read() {
				return left-- > 0 ? 0 : -1;
			}

			@Override
			public int read(byte[] b, int off, int len) {
				if (left <= 0) {
					return -1;
				}
				int n = (int) Math.min(len, left);
				java.util.Arrays.fill(b, off, off + n, (byte) 0);
				left -= n;
				return n;
			}
		};
	}

	/** A full GC, then each heap pool's usage, with its peak reset to it. */
	private Map<String, Long> heapBaseline() throws IOException {
		execute(op("gc", memory()));
		Map<String, Long> used = new LinkedHashMap<>();
		for (String pool : heapPools()) {
			execute(op("reset-peak-usage", pool(pool)));
			used.put(pool, attribute(pool, "usage").get("used").asLong());
		}
		return used;
	}

	private Map<String, Long> heapPeaks() throws IOException {
		Map<String, Long> peaks = new LinkedHashMap<>();
		for (String pool : heapPools()) {
			peaks.put(pool, attribute(pool, "peak-usage").get("used").asLong());
		}
		return peaks;
	}

	private List<String> heapPools() throws IOException {
		ModelNode names = op("read-children-names", platform().add("type", "memory-pool"));
		names.get("child-type").set("name");
		List<String> heap = new ArrayList<>();
		for (ModelNode name : execute(names).asList()) {
			if ("HEAP".equals(attribute(name.asString(), "type").asString())) {
				heap.add(name.asString());
			}
		}
		return heap;
	}

	private ModelNode attribute(String pool, String name) throws IOException {
		ModelNode read = op("read-attribute", pool(pool));
		read.get("name").set(name);
		return execute(read);
	}

	private ModelNode execute(ModelNode operation) throws IOException {
		ModelNode answer = management.getControllerClient().execute(operation);
		assertEquals("success", answer.get("outcome").asString(), answer.toString());
		return answer.get("result");
	}

	private static ModelNode op(String name, ModelNode address) {
		ModelNode op = new ModelNode();
		op.get("operation").set(name);
		op.get("address").set(address);
		return op;
	}

	private static ModelNode platform() {
		ModelNode address = new ModelNode();
		address.add("core-service", "platform-mbean");
		return address;
	}

	private static ModelNode memory() {
		return platform().add("type", "memory");
	}

	private static ModelNode pool(String name) {
		return platform().add("type", "memory-pool").add("name", name);
	}

	private static Map<String, Long> mb(Map<String, Long> bytes) {
		Map<String, Long> out = new LinkedHashMap<>();
		bytes.forEach((k, v) -> out.put(k, v / MB));
		return out;
	}
}
