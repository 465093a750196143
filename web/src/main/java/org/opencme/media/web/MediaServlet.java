package org.opencme.media.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.opencme.identity.web.CurrentUser;
import org.opencme.identity.web.SignedInCaller;
import org.opencme.learning.boundary.MediaAccessService;
import org.opencme.media.boundary.MediaStore;
import org.opencme.media.boundary.StoredMedia;
import org.opencme.platform.rest.Problem;

/**
 * {@code /media/<sha256>}: a stored file for a signed-in person who may see the
 * content of an activity holding it (learning's {@link MediaAccessService}:
 * enrolled learners and staff), with single byte ranges (206) so a video can
 * seek and resume. Anonymous callers get 401; signed-in ones who may not see
 * the file get 404, as for a file that does not exist.
 */
@WebServlet("/media/*")
public class MediaServlet extends HttpServlet {

	private static final long serialVersionUID = 1L;

	@Inject
	MediaStore media;

	@Inject
	MediaAccessService access;

	@Inject
	CurrentUser currentUser;

	@Override
	protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (!currentUser.isSignedIn()) {
			response.setHeader("WWW-Authenticate", Problem.CHALLENGE);
			response.sendError(401);
			return;
		}
		String sha = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
		Optional<StoredMedia> stored = sha.matches("[0-9a-f]{64}") ? media.find(sha) : Optional.empty();
		if (stored.isEmpty() || !access.mayRead(currentUser.caller().map(SignedInCaller::asAccount), sha)) {
			response.sendError(404);
			return;
		}
		long size = stored.get().size();
		response.setHeader("Accept-Ranges", "bytes");
		response.setHeader("ETag", "\"" + sha + "\"");
		response.setHeader("Cache-Control", "private, max-age=86400, immutable");
		response.setContentType(stored.get().contentType());
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Content-Disposition", disposition(sha, stored.get().contentType()));
		Optional<ByteRange> range;
		try {
			range = ByteRange.parse(request.getHeader("Range"), size);
		} catch (ByteRange.MalformedRangeException e) {
			response.setStatus(400);
			response.setContentType(Problem.MEDIA_TYPE.toString());
			response.setCharacterEncoding("UTF-8");
			response.getWriter()
					.write(Problem
							.of(400, "Invalid request", e.getMessage(),
									java.util.Map.of("Range", "bytes=start-end with numbers of at most 18 digits"))
							.toJson());
			return;
		}
		if (range == null) {
			response.setHeader("Content-Range", "bytes */" + size);
			response.sendError(416);
			return;
		}
		ByteRange sent = range.orElse(new ByteRange(0, size - 1));
		if (range.isPresent()) {
			response.setStatus(206);
			response.setHeader("Content-Range", "bytes " + sent.start() + "-" + sent.end() + "/" + size);
		}
		response.setContentLengthLong(sent.length());
		try (FileChannel file = FileChannel.open(media.path(sha), StandardOpenOption.READ);
				OutputStream out = response.getOutputStream()) {
			file.transferTo(sent.start(), sent.length(), Channels.newChannel(out));
		}
	}

	/**
	 * Videos and PDFs are shown in the player (inline); anything else is a
	 * download. The file name is made of the content address, never of what an
	 * uploader sent.
	 */
	static String disposition(String sha, String contentType) {
		String extension = switch (contentType) {
			case "video/mp4" -> "mp4";
			case "video/webm" -> "webm";
			case "application/pdf" -> "pdf";
			case "image/png" -> "png";
			case "image/jpeg" -> "jpg";
			case "image/gif" -> "gif";
			case "image/webp" -> "webp";
			default -> "bin";
		};
		boolean shown = contentType.startsWith("video/") || contentType.equals("application/pdf");
		return (shown ? "inline" : "attachment") + "; filename=\"" + sha.substring(0, 16) + "." + extension + "\"";
	}
}
