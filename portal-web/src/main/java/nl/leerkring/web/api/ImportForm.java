package nl.leerkring.web.api;

import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The multipart of {@code POST /api/admin/tenants/import}: the export ZIP in {@code file} (kept in
 * a temporary file while it is checked and read, removed by {@link #close()}) and the new
 * gemeente's {@code slug}, {@code name} and {@code cbsCode}.
 */
record ImportForm(Path zip, String slug, String name, String cbsCode) implements AutoCloseable {

  static ImportForm of(List<EntityPart> parts) {
    return new ImportForm(
        received(part(parts, "file")),
        text(parts, "slug"),
        text(parts, "name"),
        text(parts, "cbsCode"));
  }

  private static Path received(EntityPart file) {
    if (file == null) {
      return null;
    }
    try (InputStream in = file.getContent()) {
      Path zip = Files.createTempFile("leerkring-import-", ".zip");
      try {
        Files.copy(in, zip, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        Files.deleteIfExists(zip);
        throw e;
      }
      return zip;
    } catch (IOException e) {
      throw new UncheckedIOException("The upload could not be received", e);
    }
  }

  private static String text(List<EntityPart> parts, String name) {
    EntityPart part = part(parts, name);
    if (part == null) {
      return null;
    }
    try {
      return part.getContent(String.class).strip();
    } catch (IOException e) {
      throw new UncheckedIOException("The part " + name + " could not be read", e);
    }
  }

  private static EntityPart part(List<EntityPart> parts, String name) {
    return parts == null
        ? null
        : parts.stream().filter(p -> name.equals(p.getName())).findFirst().orElse(null);
  }

  @Override
  public void close() {
    if (zip != null) {
      try {
        Files.deleteIfExists(zip);
      } catch (IOException e) {
        // a temporary file: the system's clean-up takes it
      }
    }
  }
}
