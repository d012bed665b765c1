package org.homeward.registrations.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.homeward.web.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The key personal data is kept under: 32 bytes, Base64, from {@code HOMEWARD_PERSONAL_DATA_KEY}. The embedded
 * database of a first start makes one of its own beside its file and says so; a production database without a key
 * keeps working, but refuses registrations until one is set. AES-GCM encrypts a person's data; a keyed hash
 * (HMAC-SHA-256 under a key derived for that use alone) fingerprints content, so that a copy of the database
 * without the key tells no name, not even by guessing names against their hashes.
 */
@Component
class PersonalDataKey {

	private static final Logger log = LoggerFactory.getLogger(PersonalDataKey.class);

	/** Where the embedded database's own key is kept: beside its file, under ./data/. */
	static final Path EMBEDDED_KEY = Path.of("data", "personal-data.key");

	private static final int NONCE_BYTES = 12;

	private final SecureRandom random = new SecureRandom();
	private final SecretKeySpec encryption;
	private final SecretKeySpec fingerprints;
	private final SecretKeySpec linkageKeys;

	PersonalDataKey(@Value("${homeward.personal-data.key:}") String configured,
			@Value("${spring.datasource.url:}") String databaseUrl) throws IOException {
		byte[] key = configured.isBlank() ? embeddedKey(databaseUrl) : decode(configured);
		this.encryption = key == null ? null : new SecretKeySpec(key, "AES");
		this.fingerprints = key == null ? null : new SecretKeySpec(hmac(new SecretKeySpec(key, "HmacSHA256"),
				"homeward content fingerprints"), "HmacSHA256");
		this.linkageKeys = key == null ? null : new SecretKeySpec(hmac(new SecretKeySpec(key, "HmacSHA256"),
				"homeward linkage keys"), "HmacSHA256");
	}

	/** The text encrypted, as Base64 of a fresh nonce and the ciphertext with its tag. */
	String encrypt(String text) {
		byte[] nonce = new byte[NONCE_BYTES];
		random.nextBytes(nonce);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, required(encryption), new GCMParameterSpec(128, nonce));
			byte[] sealed = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));
			byte[] stored = new byte[nonce.length + sealed.length];
			System.arraycopy(nonce, 0, stored, 0, nonce.length);
			System.arraycopy(sealed, 0, stored, nonce.length, sealed.length);
			return Base64.getEncoder().encodeToString(stored);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("AES-GCM is part of every JDK", e);
		}
	}

	String decrypt(String stored) {
		byte[] bytes = Base64.getDecoder().decode(stored);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, required(encryption), new GCMParameterSpec(128, bytes, 0, NONCE_BYTES));
			return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Personal data that this key did not encrypt, or that was altered", e);
		}
	}

	/** The keyed fingerprint of a text, in hex. */
	String fingerprint(String text) {
		return HexFormat.of().formatHex(hmac(required(fingerprints), text));
	}

	/**
	 * The keyed hash linkage keeps of a blocking key or a name's skeleton: 128 bits in hex, under a key of its own,
	 * so that two registrations sharing a key can be found without the key telling the name.
	 */
	String linkageHash(String text) {
		return HexFormat.of().formatHex(hmac(required(linkageKeys), text), 0, 16);
	}

	boolean isSet() {
		return encryption != null;
	}

	/** Refuses (503) whatever needs the key when none is set. */
	void requireKey() {
		required(encryption);
	}

	private static SecretKeySpec required(SecretKeySpec key) {
		if (key == null) {
			throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "personal-data-key-missing",
					"Personal data key missing", "Registrations hold personal data, kept only encrypted: set "
							+ "HOMEWARD_PERSONAL_DATA_KEY (32 bytes, Base64) to record them.");
		}
		return key;
	}

	private static byte[] hmac(SecretKeySpec key, String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HMAC-SHA-256 is part of every JDK", e);
		}
	}

	private static byte[] decode(String configured) {
		byte[] key = Base64.getDecoder().decode(configured.strip());
		if (key.length != 32) {
			throw new IllegalStateException("HOMEWARD_PERSONAL_DATA_KEY holds " + key.length
					+ " bytes; it must hold 32, written in Base64");
		}
		return key;
	}

	/** The embedded database's key, made at its first start; none for another database. */
	private byte[] embeddedKey(String databaseUrl) throws IOException {
		if (!databaseUrl.startsWith("jdbc:h2:file:./data/")) {
			return null;
		}
		if (Files.exists(EMBEDDED_KEY)) {
			return decode(Files.readString(EMBEDDED_KEY));
		}
		byte[] key = new byte[32];
		random.nextBytes(key);
		Files.createDirectories(EMBEDDED_KEY.getParent());
		// readable by the account that runs Homeward only, where the file system knows owners
		if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			Files.createFile(EMBEDDED_KEY, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		Files.writeString(EMBEDDED_KEY, Base64.getEncoder().encodeToString(key));
		log.warn("made a personal data key for the embedded database in {}: keep it with the database, which is "
				+ "unreadable without it; set HOMEWARD_PERSONAL_DATA_KEY in production", EMBEDDED_KEY);
		return key;
	}
}
