package org.homeward.access.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.zip.Deflater;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The ODK Collect settings of one device, as the QR code Collect scans to add a project: the server URL is the
 * device's own key URL, so the phone needs no user name or password. Collect reads such a code as JSON, compressed
 * with zlib and written in base64; any setting left out takes its default.
 */
record CollectSettings(String serverUrl, String projectName) {

	CollectSettings {
		if (serverUrl == null || serverUrl.isBlank()) {
			throw new IllegalArgumentException("a device's settings need the server URL");
		}
	}

	/** The settings as Collect reads them: {@code general}, {@code admin} and {@code project}, in that order. */
	String json(ObjectMapper json) {
		ObjectNode settings = json.createObjectNode();
		settings.putObject("general").put("server_url", serverUrl);
		settings.putObject("admin");
		settings.putObject("project").put("name", projectName);
		return json.writeValueAsString(settings);
	}

	/** What the QR code holds: the JSON, zlib-compressed, in base64. */
	String payload(ObjectMapper json) {
		Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
		deflater.setInput(json(json).getBytes(StandardCharsets.UTF_8));
		deflater.finish();
		ByteArrayOutputStream compressed = new ByteArrayOutputStream();
		byte[] buffer = new byte[1024];
		while (!deflater.finished()) {
			compressed.write(buffer, 0, deflater.deflate(buffer));
		}
		deflater.end();
		return Base64.getEncoder().encodeToString(compressed.toByteArray());
	}

	/** The QR code as SVG, one unit per module with the quiet zone around it, to be shown large enough to scan. */
	String svg(ObjectMapper json) {
		BitMatrix matrix;
		try {
			matrix = new QRCodeWriter().encode(payload(json), BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
		}
		catch (WriterException e) {
			// a URL and a name are far below what a QR code holds
			throw new IllegalStateException("the settings do not fit a QR code", e);
		}
		int width = matrix.getWidth();
		int height = matrix.getHeight();
		StringBuilder modules = new StringBuilder();
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				if (matrix.get(x, y)) {
					modules.append('M').append(x).append(',').append(y).append("h1v1h-1z");
				}
			}
		}
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\" role=\"img\" viewBox=\"0 0 " + width + " "
				+ height + "\" width=\"" + width * 6 + "\" height=\"" + height * 6 + "\" shape-rendering=\"crispEdges\">"
				+ "<rect width=\"" + width + "\" height=\"" + height + "\" fill=\"#fff\"/><path fill=\"#000\" d=\""
				+ modules + "\"/></svg>";
	}
}
