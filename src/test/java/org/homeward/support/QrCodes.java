package org.homeward.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/** Reads the QR codes Homeward draws as SVG back, as a phone's camera would, and the ODK Collect settings they hold. */
public final class QrCodes {

	private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
	private static final Pattern MODULE = Pattern.compile("M(\\d+),(\\d+)h1v1h-1z");
	private static final int SCALE = 4;

	private QrCodes() {
	}

	/** The text a QR code drawn as SVG holds: its modules painted black on white and read by ZXing's reader. */
	public static String read(String svg) throws Exception {
		Matcher box = VIEW_BOX.matcher(svg);
		if (!box.find()) {
			throw new IllegalArgumentException("no viewBox in " + svg);
		}
		int width = Integer.parseInt(box.group(1)) * SCALE;
		int height = Integer.parseInt(box.group(2)) * SCALE;
		int[] pixels = new int[width * height];
		Arrays.fill(pixels, 0xFFFFFFFF);
		Matcher module = MODULE.matcher(svg);
		while (module.find()) {
			int x = Integer.parseInt(module.group(1)) * SCALE;
			int y = Integer.parseInt(module.group(2)) * SCALE;
			for (int dy = 0; dy < SCALE; dy++) {
				for (int dx = 0; dx < SCALE; dx++) {
					pixels[(y + dy) * width + x + dx] = 0xFF000000;
				}
			}
		}
		BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
		return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
	}

	/** The JSON an ODK Collect settings code holds: base64, then zlib, as Collect reads it. */
	public static String collectSettings(String payload) throws DataFormatException {
		Inflater inflater = new Inflater();
		inflater.setInput(Base64.getDecoder().decode(payload));
		ByteArrayOutputStream json = new ByteArrayOutputStream();
		byte[] buffer = new byte[1024];
		while (!inflater.finished()) {
			int n = inflater.inflate(buffer);
			if (n == 0 && inflater.needsInput()) {
				throw new DataFormatException("the zlib stream ends early");
			}
			json.write(buffer, 0, n);
		}
		inflater.end();
		return json.toString(StandardCharsets.UTF_8);
	}
}
