package org.opencme.certification.control;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;

/** The QR code of a verification URL as a black-on-white PNG data: URI. */
final class QrCode {

	/**
	 * Pixels per module: crisp when printed at the certificate's size, small as a
	 * PNG.
	 */
	private static final int MODULE_PX = 4;

	private QrCode() {
	}

	static String dataUri(String text) {
		return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(text));
	}

	static byte[] png(String text) {
		BitMatrix modules;
		try {
			modules = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2,
							EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name()));
		} catch (WriterException e) {
			throw new CertificateRenderingException("no QR code for " + text, e);
		}
		int size = modules.getWidth() * MODULE_PX;
		BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
		WritableRaster raster = image.getRaster();
		int[] row = new int[size];
		for (int y = 0; y < modules.getHeight(); y++) {
			for (int x = 0; x < size; x++) {
				row[x] = modules.get(x / MODULE_PX, y) ? 0 : 1;
			}
			for (int dy = 0; dy < MODULE_PX; dy++) {
				raster.setPixels(0, y * MODULE_PX + dy, size, 1, row);
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}
}
