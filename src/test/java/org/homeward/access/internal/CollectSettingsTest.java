package org.homeward.access.internal;

import org.homeward.support.QrCodes;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CollectSettingsTest {

	private static final ObjectMapper JSON = JsonMapper.builder().build();
	private static final CollectSettings NASIB = new CollectSettings(
			"https://homeward.example.org/openrosa/key/hwd_Zm9vYmFyYmF6cXV4cXV1eHF1dXhxdXV4cXV1eHF1dQ",
			"Homeward · Nasib \"crossing\" phone");

	@Test
	void holdsTheDevicesOwnServerUrlAndNoPasswordInTheShapeCollectReads() {
		assertThat(NASIB.json(JSON)).isEqualTo("{\"general\":{\"server_url\":"
				+ "\"https://homeward.example.org/openrosa/key/hwd_Zm9vYmFyYmF6cXV4cXV1eHF1dXhxdXV4cXV1eHF1dQ\"},"
				+ "\"admin\":{},\"project\":{\"name\":\"Homeward · Nasib \\\"crossing\\\" phone\"}}");
	}

	@Test
	void compressesTheSettingsWithZlibAndWritesThemInBase64AsCollectsCodesAre() throws Exception {
		String payload = NASIB.payload(JSON);
		assertThat(payload).matches("[A-Za-z0-9+/]+=*");
		// a zlib stream at the best compression begins 78 DA
		assertThat(java.util.Base64.getDecoder().decode(payload)).startsWith((byte) 0x78, (byte) 0xDA);
		assertThat(QrCodes.collectSettings(payload)).isEqualTo(NASIB.json(JSON));
	}

	@Test
	void drawsAQrCodeThatAReaderReadsBackAsThePayload() throws Exception {
		String svg = NASIB.svg(JSON);
		assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").endsWith("</svg>");
		assertThat(QrCodes.read(svg)).isEqualTo(NASIB.payload(JSON));
	}

	@Test
	void refusesSettingsWithoutAServerUrl() {
		assertThatThrownBy(() -> new CollectSettings(" ", "Homeward")).isInstanceOf(IllegalArgumentException.class);
	}
}
