package nl.leerkring.portal.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Builds the documents of the extraction tests in a directory, good and hostile, so that no binary
 * fixture needs to be kept in the repository. Public for portal-web's HostileInputIT (test-jar).
 */
public final class HostileFiles {

  private static final String WORD_MAIN =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
  private static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  private final Path dir;

  public HostileFiles(Path dir) {
    this.dir = dir;
  }

  public Path text(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  public Path bytes(String name, byte[] content) throws IOException {
    return Files.write(dir.resolve(name), content);
  }

  /** A one-page PDF with the given line and document information. */
  public Path pdf(String name, String line, String title, String author) throws IOException {
    return bytes(name, pdfBytes(line, title, author, null));
  }

  /** A PDF that only opens with the user password {@code geheim}. */
  public Path encryptedPdf(String name) throws IOException {
    StandardProtectionPolicy policy =
        new StandardProtectionPolicy("eigenaar", "geheim", new AccessPermission());
    policy.setEncryptionKeyLength(128);
    return bytes(name, pdfBytes("Vertrouwelijke begroting Beuningen", null, null, policy));
  }

  /** The first half of a valid PDF, as an interrupted download leaves it. */
  public Path truncatedPdf(String name) throws IOException {
    byte[] whole = pdfBytes("Voortgangsrapportage Wijchen 2024", "Voortgang", null, null);
    return bytes(name, Arrays.copyOf(whole, whole.length / 2));
  }

  private static byte[] pdfBytes(
      String line, String title, String author, StandardProtectionPolicy protection)
      throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        content.newLineAtOffset(72, 700);
        content.showText(line);
        content.endText();
      }
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle(title);
      info.setAuthor(author);
      if (protection != null) {
        document.protect(protection);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }

  /** A Word document made by Apache POI, as Word would write it. */
  public Path docx(String name, String paragraph, String title, String author) throws IOException {
    return bytes(name, docxBytes(paragraph, title, author));
  }

  private static byte[] docxBytes(String paragraph, String title, String author)
      throws IOException {
    try (XWPFDocument document = new XWPFDocument()) {
      document.createParagraph().createRun().setText(paragraph);
      document.getProperties().getCoreProperties().setTitle(title);
      document.getProperties().getCoreProperties().setCreator(author);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.write(out);
      return out.toByteArray();
    }
  }

  /** A Word document encrypted with a password, the way Word 2010 and later do it. */
  public Path encryptedDocx(String name) throws Exception {
    byte[] plain = docxBytes("Geheime notitie over de wijkaanpak", "Geheim", "Doesburg");
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      encryptor.confirmPassword("geheim");
      try (OutputStream data = encryptor.getDataStream(fs)) {
        data.write(plain);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fs.writeFilesystem(out);
      return bytes(name, out.toByteArray());
    }
  }

  /**
   * An OpenDocument text, the smallest that is valid: mimetype first and stored, content, manifest.
   */
  public Path odt(String name, String paragraph) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(dir.resolve(name)))) {
      byte[] mimetype =
          "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
      ZipEntry entry = new ZipEntry("mimetype");
      entry.setMethod(ZipEntry.STORED);
      entry.setSize(mimetype.length);
      CRC32 crc = new CRC32();
      crc.update(mimetype);
      entry.setCrc(crc.getValue());
      zip.putNextEntry(entry);
      zip.write(mimetype);
      zip.closeEntry();
      put(
          zip,
          "content.xml",
          """
          <?xml version="1.0" encoding="UTF-8"?>
          <office:document-content
              xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
              xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
            <office:body><office:text><text:p>%s</text:p></office:text></office:body>
          </office:document-content>
          """
              .formatted(paragraph));
      put(
          zip,
          "META-INF/manifest.xml",
          """
          <?xml version="1.0" encoding="UTF-8"?>
          <manifest:manifest
              xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
            <manifest:file-entry manifest:full-path="/"
                manifest:media-type="application/vnd.oasis.opendocument.text"/>
            <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
          </manifest:manifest>
          """);
    }
    return dir.resolve(name);
  }

  /** A Word document whose text part inflates from some KB to {@code megabytes} MB. */
  public Path zipBombDocx(String name, int megabytes) throws IOException {
    try (OutputStream out = Files.newOutputStream(dir.resolve(name))) {
      writeZipBomb(out, megabytes);
    }
    return dir.resolve(name);
  }

  /** A Word document that carries a {@link #zipBombDocx zip bomb} as an embedded document. */
  public Path docxWithEmbeddedZipBomb(String name, int megabytes) throws IOException {
    ByteArrayOutputStream bomb = new ByteArrayOutputStream();
    writeZipBomb(bomb, megabytes);
    return bytes(
        name, wordBytes("Zie bijlage", Map.of("embeddings/bijlage.docx", bomb.toByteArray())));
  }

  /**
   * A Word document whose list of content types, which Tika reads whole just to detect the type,
   * carries a comment of {@code megabytes} MB.
   */
  public Path contentTypesBombDocx(String name, int megabytes) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(dir.resolve(name)))) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      Writer xml = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
      xml.write(
          "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><!-- ");
      char[] block = new char[1024 * 1024];
      Arrays.fill(block, 'a');
      for (int i = 0; i < megabytes; i++) {
        xml.write(block);
      }
      xml.write(
          " --><Override PartName=\"/word/document.xml\" ContentType=\"" + WORD_MAIN + "\"/>");
      xml.write("</Types>");
      xml.flush();
      zip.closeEntry();
    }
    return dir.resolve(name);
  }

  /** Starts like a zip, then is noise: what a broken download of a DOCX can look like. */
  public Path brokenZip(String name) throws IOException {
    byte[] content = new byte[4096];
    new Random(3).nextBytes(content);
    content[0] = 'P';
    content[1] = 'K';
    content[2] = 3;
    content[3] = 4;
    return bytes(name, content);
  }

  private static void writeZipBomb(OutputStream out, int megabytes) throws IOException {
    ZipOutputStream zip = new ZipOutputStream(out);
    wordSkeleton(zip, Map.of());
    zip.putNextEntry(new ZipEntry("word/document.xml"));
    Writer xml = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
    xml.write(
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
            + "<w:body><w:p><w:r><w:t>");
    char[] block = new char[1024 * 1024];
    Arrays.fill(block, 'a');
    for (int i = 0; i < megabytes; i++) {
      xml.write(block);
    }
    xml.write("</w:t></w:r></w:p></w:body></w:document>");
    xml.flush();
    zip.closeEntry();
    zip.finish();
  }

  /** A Word document that embeds a Word document that embeds one, {@code levels} deep. */
  public Path nestedDocx(String name, int levels) throws IOException {
    byte[] inner = wordBytes("Binnenste laag", Map.of());
    for (int level = levels - 1; level >= 1; level--) {
      inner = wordBytes("Laag " + level, Map.of("embeddings/binnen.docx", inner));
    }
    return bytes(name, inner);
  }

  /** A Word document with {@code count} small text files embedded side by side. */
  public Path crowdedDocx(String name, int count) throws IOException {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    for (int i = 1; i <= count; i++) {
      parts.put(
          "embeddings/bijlage" + i + ".txt", ("Bijlage " + i).getBytes(StandardCharsets.UTF_8));
    }
    return bytes(name, wordBytes("Verzameling", parts));
  }

  /** A web page with {@code levels} nested quotations. */
  public Path deepHtml(String name, int levels) throws IOException {
    return text(
        name,
        "<!DOCTYPE html><html><head><title>Diep</title></head><body>"
            + "<blockquote>".repeat(levels)
            + "Bodem"
            + "</blockquote>".repeat(levels)
            + "</body></html>");
  }

  /** A hand-made Word package: one paragraph, and the given parts as embedded packages. */
  private static byte[] wordBytes(String paragraph, Map<String, byte[]> embedded)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      wordSkeleton(zip, embedded);
      put(
          zip,
          "word/document.xml",
          "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
              + "<w:body><w:p><w:r><w:t>"
              + paragraph
              + "</w:t></w:r></w:p></w:body></w:document>");
      for (Map.Entry<String, byte[]> part : embedded.entrySet()) {
        zip.putNextEntry(new ZipEntry("word/" + part.getKey()));
        zip.write(part.getValue());
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static void wordSkeleton(ZipOutputStream zip, Map<String, byte[]> embedded)
      throws IOException {
    put(
        zip,
        "[Content_Types].xml",
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\""
            + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Default Extension=\"docx\" ContentType=\""
            + DOCX
            + "\"/>"
            + "<Default Extension=\"txt\" ContentType=\"text/plain\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\""
            + WORD_MAIN
            + "\"/></Types>");
    put(
        zip,
        "_rels/.rels",
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
            + "2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
    StringBuilder rels =
        new StringBuilder(
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
    int id = 1;
    for (String target : embedded.keySet()) {
      rels.append("<Relationship Id=\"rIdE")
          .append(id++)
          .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/")
          .append("package\" Target=\"")
          .append(target)
          .append("\"/>");
    }
    put(zip, "word/_rels/document.xml.rels", rels.append("</Relationships>").toString());
  }

  /** Starts as a web page and carries a PDF after it, which lenient PDF readers find. */
  public Path htmlPdfPolyglot(String name) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(
        "<html><body><p>Klik hier om uw account te bevestigen</p></body></html>\n"
            .getBytes(StandardCharsets.US_ASCII));
    out.write(pdfBytes("Nota Berg en Dal", null, null, null));
    return bytes(name, out.toByteArray());
  }

  /** An ELF executable header followed by noise. */
  public Path executable(String name) throws IOException {
    byte[] content = new byte[4096];
    new Random(42).nextBytes(content);
    byte[] elf = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0};
    System.arraycopy(elf, 0, content, 0, elf.length);
    return bytes(name, content);
  }

  /** A plain text of about {@code megabytes} MB of Dutch sentences. */
  public Path bigText(String name, int megabytes) throws IOException {
    String sentence =
        "De leerkring Wijk- en Dorpgericht Werken deelt ervaringen tussen gemeenten.\n";
    try (Writer out = Files.newBufferedWriter(dir.resolve(name), StandardCharsets.UTF_8)) {
      long written = 0;
      while (written < megabytes * 1024L * 1024) {
        out.write(sentence);
        written += sentence.length();
      }
    }
    return dir.resolve(name);
  }

  private static void put(ZipOutputStream zip, String entry, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(entry));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
