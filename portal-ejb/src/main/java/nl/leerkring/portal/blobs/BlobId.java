package nl.leerkring.portal.blobs;

import java.util.Objects;
import java.util.regex.Pattern;

/** The name of a blob: the lower-case hex SHA-256 of its bytes. */
public record BlobId(String sha256) {

  private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

  public BlobId {
    Objects.requireNonNull(sha256, "A blob id is required.");
    if (!HEX64.matcher(sha256).matches()) {
      throw new IllegalArgumentException("Not a SHA-256 blob id: " + sha256);
    }
  }

  @Override
  public String toString() {
    return sha256;
  }
}
