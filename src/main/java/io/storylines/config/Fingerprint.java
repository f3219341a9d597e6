package io.storylines.config;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A SHA-256 fingerprint of file contents, so that two runs can tell whether they read the same
 * gazetteer or storyline definitions. Each part is hashed with its length in front, so the parts
 * {@code ab, c} and {@code a, bc} differ.
 */
public final class Fingerprint {
  private Fingerprint() {}

  /** Lower-case hex SHA-256 of {@code parts}, in order. */
  public static String sha256(List<byte[]> parts) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
    for (byte[] part : parts) {
      digest.update(ByteBuffer.allocate(Long.BYTES).putLong(part.length).array());
      digest.update(part);
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
