package nl.leerkring.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import nl.leerkring.portal.blobs.Download;
import nl.leerkring.portal.cofinancing.export.Export;

/**
 * Sends stored files. Always as an attachment with {@code nosniff} and a sandboxing CSP, so an
 * uploaded HTML file can never run as a page of the portal.
 */
final class Downloads {

  private Downloads() {}

  static Response of(Download file) {
    StreamingOutput body = out -> Files.copy(file.path(), out);
    String ascii = file.fileName().replaceAll("[^A-Za-z0-9._ -]", "_");
    String encoded = URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
    return Response.ok(body)
        .type(file.contentType())
        .header("Content-Length", file.size())
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded)
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "sandbox; default-src 'none'")
        .build();
  }

  /** A generated export (a ledger or roll-up workbook or CSV), sent the same way. */
  static Response export(Export export) {
    String ascii = export.fileName().replaceAll("[^A-Za-z0-9._ -]", "_");
    return Response.ok(export.content())
        .type(export.mediaType())
        .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"")
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "sandbox; default-src 'none'")
        .build();
  }
}
