package org.opencme.certification.control;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Test data and read-back helpers: what a certificate of a real claim holds.
 */
final class Certificates {

	static final String VERIFY = "https://cme.example.org/verify/7Qm2xW9pLr4TzB8vKd3NsA5eHc6Yj1Fu";
	static final String AMA = "The OpenCME Medical School designates this enduring material activity for a maximum of "
			+ "1.5 AMA PRA Category 1 Credits\u2122. Physicians should claim only the credit commensurate with the "
			+ "extent of their participation in the activity.";
	static final String ACCREDITATION = "The OpenCME Medical School is accredited by the Accreditation Council for "
			+ "Continuing Medical Education (ACCME) to provide continuing medical education for physicians.";
	static final String IPCE = "This activity was planned by and for the healthcare team, and learners will receive "
			+ "1.5 IPCE credits for learning and change.";

	private Certificates() {
	}

	/** Claimed 1.25 of the 1.5 AMA credits designated. */
	static CertificateContent amaClaim(String learnerName, String number) {
		return new CertificateContent(learnerName, "Opioid Prescribing: Safe Tapering in Primary Care",
				"enduring material", "Released March 2, 2026", LocalDate.of(2026, 12, 3), "OpenCME Medical School",
				List.of(new CertificateContent.CreditLine("AMA PRA Category 1 Credits\u2122", new BigDecimal("1.25"),
						"credits", AMA)),
				ACCREDITATION, null, number, VERIFY);
	}

	static CertificateContent withIpce(CertificateContent c) {
		return new CertificateContent(c.learnerName(), c.activityTitle(), c.formatLabel(), c.activityDates(),
				c.completionDate(), c.providerName(), c.credits(), c.accreditationStatement(), IPCE,
				c.certificateNumber(), c.verificationUrl());
	}

	static String text(byte[] pdf) throws IOException {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(doc);
		}
	}

	/**
	 * The whole text on one line with single spaces: line breaks fall anywhere in a
	 * paragraph.
	 */
	static String flatText(byte[] pdf) throws IOException {
		return text(pdf).replaceAll("\\s+", " ");
	}

	static String decodeQr(byte[] pdf) throws Exception {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 150);
			int[] rgb = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
			RGBLuminanceSource source = new RGBLuminanceSource(page.getWidth(), page.getHeight(), rgb);
			return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
		}
	}
}
