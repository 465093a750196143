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
import org.opencme.authoring.boundary.AuthoringService;
import org.opencme.identity.web.CurrentUser;
import org.opencme.media.boundary.MediaStore;
import org.opencme.media.boundary.StoredMedia;

/**
 * {@code /media/<sha256>}: a stored file for a signed-in person who may see it
 * (media of a live activity, or of a working copy they may read), with single
 * byte ranges (206) so a video can seek and resume.
 */
@WebServlet("/media/*")
public class MediaServlet extends HttpServlet {

	private static final long serialVersionUID = 1L;

	@Inject
	MediaStore media;

	@Inject
	AuthoringService authoring;

	@Inject
	CurrentUser currentUser;

	@Override
	protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
		String sha = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
		Optional<StoredMedia> stored = sha.matches("[0-9a-f]{64}") ? media.find(sha) : Optional.empty();
		if (stored.isEmpty() || !mayRead(sha)) {
			response.sendError(currentUser.isSignedIn() || stored.isEmpty() ? 404 : 401);
			return;
		}
		long size = stored.get().size();
		response.setHeader("Accept-Ranges", "bytes");
		response.setHeader("ETag", "\"" + sha + "\"");
		response.setHeader("Cache-Control", "private, max-age=86400, immutable");
		response.setContentType(stored.get().contentType());
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Content-Disposition", disposition(sha, stored.get().contentType()));
		Optional<ByteRange> range = ByteRange.parse(request.getHeader("Range"), size);
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

	private boolean mayRead(String sha) {
		return authoring.isLiveMedia(sha)
				|| currentUser.caller().map(c -> authoring.mayReadDraftMedia(c.asAccount(), sha)).orElse(false);
	}
}
