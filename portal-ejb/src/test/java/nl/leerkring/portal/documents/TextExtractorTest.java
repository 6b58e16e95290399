package nl.leerkring.portal.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.leerkring.portal.PortalException;
import nl.leerkring.tenants.TenantsException.Kind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextExtractorTest {

  private static final Path SAMPLES =
      Path.of(System.getProperty("samples.dir", "../proof/samples"));

  private static TextExtractor extractor;

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    extractor = new TextExtractor(2_000_000, Duration.ofSeconds(20), 50L * 1024 * 1024);
  }

  @AfterAll
  static void stop() {
    extractor.close();
  }

  private HostileFiles files() {
    return new HostileFiles(dir);
  }

  private static PortalException refused(Kind kind, String messagePart, Runnable action) {
    PortalException e = assertThrows(PortalException.class, action::run);
    assertEquals(kind, e.kind(), e.getMessage());
    assertTrue(
        e.getMessage().contains(messagePart),
        () -> "expected \"" + messagePart + "\" in: " + e.getMessage());
    return e;
  }

  // --- what it reads ---

  @Test
  void readsDutchSampleTexts() {
    Path duiven = SAMPLES.resolve("blijfwijk-nota.txt");
    Extraction e = extractor.extract(duiven, "blijfwijk-nota.txt", null);
    assertEquals("text/plain", e.contentType());
    assertTrue(e.text().contains("Blijfwijk"));
    assertTrue(e.text().contains("Leerkring"));
    assertTrue(e.text().contains("€27.000"), "the euro sign survives the charset detection");
    assertFalse(e.truncated());
    assertEquals(e.text().length(), e.characters());
    assertFalse(e.text().contains("\n\n\n"));

    Extraction deventer =
        extractor.extract(
            SAMPLES.resolve("buurtmakerij-evaluatie.txt"), "buurtmakerij-evaluatie.txt", "");
    assertTrue(deventer.text().contains("Buurtmakerij"));
    assertTrue(deventer.text().contains("financiële"));
  }

  @Test
  void acceptsTextDeclaredAsTextPlain() {
    Path file = SAMPLES.resolve("wijken-deventer.txt");
    Extraction e = extractor.extract(file, "wijken.txt", "text/plain; charset=UTF-8");
    assertEquals("text/plain", e.contentType());
    assertTrue(e.text().contains("Deventer"));
  }

  @Test
  void readsDocxWithTitleAndAuthor() throws Exception {
    Path file =
        files()
            .docx("nota.docx", "De Blijfwijk in Duiven-Zuid krijgt een vervolg.", "Nota", "Duiven");
    Extraction e =
        extractor.extract(
            file,
            "nota.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertEquals(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", e.contentType());
    assertEquals(AcceptedTypes.Format.DOCX, e.format());
    assertTrue(e.text().contains("Blijfwijk in Duiven-Zuid"), e.text());
    assertEquals("Nota", e.title());
    assertEquals("Duiven", e.author());
  }

  @Test
  void readsOdt() throws Exception {
    Path file = files().odt("plan.odt", "Plan van aanpak voor de wijk Keizerslanden");
    Extraction e = extractor.extract(file, "plan.odt", null);
    assertEquals("application/vnd.oasis.opendocument.text", e.contentType());
    assertTrue(e.text().contains("Keizerslanden"), e.text());
  }

  @Test
  void readsRtf() throws Exception {
    Path file =
        files()
            .text(
                "mededeling.rtf",
                "{\\rtf1\\ansi{\\fonttbl\\f0\\fswiss Helvetica;}\\f0\\pard"
                    + " Raadsmededeling over de mantelzorg in Doesburg.\\par}");
    Extraction e = extractor.extract(file, "mededeling.rtf", "application/msword");
    assertEquals("application/rtf", e.contentType());
    assertTrue(e.text().contains("mantelzorg in Doesburg"), e.text());
  }

  @Test
  void readsHtmlWithTitle() throws Exception {
    Path file =
        files()
            .text(
                "pagina.html",
                """
                <!DOCTYPE html>
                <html lang="nl"><head><title>Wijkaanpak Beuningen</title>
                <meta name="author" content="Gemeente Beuningen"></head>
                <body><h1>Wijkaanpak</h1><p>Bewoners   praten mee over hun buurt.</p>
                <p>De coördinatie ligt bij één team; de financiële bijdrage is € 5.000.</p>



                <script>alert('niet in de tekst')</script></body></html>
                """);
    Extraction e = extractor.extract(file, "pagina.html", "text/html");
    assertEquals("text/html", e.contentType());
    assertEquals("Wijkaanpak Beuningen", e.title());
    assertTrue(e.text().contains("Bewoners   praten mee over hun buurt."), e.text());
    assertTrue(e.text().contains("De coördinatie ligt bij één team; de financiële"), e.text());
    assertFalse(e.text().contains("alert"), e.text());
  }

  @Test
  void readsMarkdown() throws Exception {
    Path file =
        files()
            .text(
                "verslag.md",
                "# Verslag leerkring\n\nDe **wijkaanpak** in Wijchen werkt.\n\n- punt een\n");
    Extraction e = extractor.extract(file, "verslag.md", "text/markdown");
    assertEquals(AcceptedTypes.Format.MARKDOWN, e.format(), e.contentType());
    assertTrue(e.text().contains("wijkaanpak"), e.text());
  }

  @Test
  void readsPdfWithTitleAndAuthor() throws Exception {
    Path file =
        files()
            .pdf(
                "nota.pdf", "Cofinanciering Regiodeal door Berg en Dal", "Nota B&W", "Berg en Dal");
    Extraction e = extractor.extract(file, "nota.pdf", "application/pdf");
    assertEquals("application/pdf", e.contentType());
    assertTrue(e.text().contains("Cofinanciering Regiodeal door Berg en Dal"), e.text());
    assertEquals("Nota B&W", e.title());
    assertEquals("Berg en Dal", e.author());
    assertTrue(e.millis() >= 0);
  }

  @Test
  void documentWithoutMetadataHasNoTitleOrAuthor() throws Exception {
    Path file = files().text("kaal.txt", "Alleen tekst.");
    Extraction e = extractor.extract(file, "kaal.txt", null);
    assertNull(e.title());
    assertNull(e.author());
  }

  @Test
  void cutsLongTextAtTheLimit() throws Exception {
    TextExtractor small = new TextExtractor(1_000, Duration.ofSeconds(20), 1024 * 1024);
    try {
      Path file = SAMPLES.resolve("buurtmakerij-evaluatie.txt");
      Extraction e = small.extract(file, "buurtmakerij.txt", null);
      assertTrue(e.truncated());
      assertTrue(e.characters() <= 1_000, "characters: " + e.characters());
      assertTrue(e.characters() > 900, "characters: " + e.characters());
    } finally {
      small.close();
    }
  }

  @Test
  void readsSeveralDocumentsAtOnce() throws Exception {
    Path docx = files().docx("gelijktijdig.docx", "Mantelzorg in Wijchen", null, null);
    ExecutorService callers = Executors.newFixedThreadPool(8);
    try {
      List<Future<Extraction>> results = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        Path file = i % 2 == 0 ? docx : SAMPLES.resolve("blijfwijk-nota.txt");
        String name = file.getFileName().toString();
        results.add(callers.submit(() -> extractor.extract(file, name, null)));
      }
      for (int i = 0; i < results.size(); i++) {
        String text = results.get(i).get(30, TimeUnit.SECONDS).text();
        assertTrue(text.contains(i % 2 == 0 ? "Mantelzorg in Wijchen" : "Blijfwijk"), text);
      }
    } finally {
      callers.shutdownNow();
    }
  }

  // --- what it refuses ---

  @Test
  void refusesEmptyFile() throws Exception {
    Path file = files().bytes("leeg.pdf", new byte[0]);
    refused(
        Kind.INVALID,
        "DocumentCode.FILE_EMPTY [leeg.pdf]",
        () -> extractor.extract(file, "leeg.pdf", null));
  }

  @Test
  void refusesFileAboveTheSizeLimit() throws Exception {
    TextExtractor tiny = new TextExtractor(1_000, Duration.ofSeconds(20), 100);
    try {
      Path file = files().text("groot.txt", "x".repeat(101));
      refused(
          Kind.TOO_LARGE,
          "DocumentCode.FILE_TOO_LARGE [groot.txt, 101, 100]",
          () -> tiny.extract(file, "groot.txt", null));
    } finally {
      tiny.close();
    }
  }

  @Test
  void refusesExecutable() throws Exception {
    Path file = files().executable("factuur.pdf.exe");
    refused(
        Kind.UNSUPPORTED_TYPE,
        "DocumentCode.TYPE_NOT_READ [factuur.pdf.exe, ",
        () -> extractor.extract(file, "factuur.pdf.exe", null));
  }

  @Test
  void refusesUnrecognisedBytes() throws Exception {
    byte[] noise = new byte[2048];
    new java.util.Random(7).nextBytes(noise);
    noise[0] = 0;
    Path file = files().bytes("ruis.bin", noise);
    refused(
        Kind.UNSUPPORTED_TYPE,
        "DocumentCode.TYPE_NOT_READ [ruis.bin, ",
        () -> extractor.extract(file, "ruis.bin", null));
  }

  @Test
  void refusesDocxDeclaredAsPdf() throws Exception {
    Path file = files().docx("nota.pdf", "Geen PDF", null, null);
    refused(
        Kind.UNSUPPORTED_TYPE,
        "DocumentCode.TYPE_CONTRADICTED [nota.pdf, PDF, DOCX]",
        () -> extractor.extract(file, "nota.pdf", "application/pdf"));
  }

  @Test
  void refusesHtmlPdfPolyglotDeclaredAsPdf() throws Exception {
    Path file = files().htmlPdfPolyglot("nota.pdf");
    refused(
        Kind.UNSUPPORTED_TYPE,
        "DocumentCode.TYPE_CONTRADICTED [nota.pdf, PDF, HTML]",
        () -> extractor.extract(file, "nota.pdf", "application/pdf"));
  }

  @Test
  void refusesPdfDeclaredAsText() throws Exception {
    Path file = files().pdf("nota.txt", "Een PDF", null, null);
    refused(
        Kind.UNSUPPORTED_TYPE,
        "DocumentCode.TYPE_CONTRADICTED [nota.txt, TXT, PDF]",
        () -> extractor.extract(file, "nota.txt", "text/plain"));
  }

  @Test
  void refusesPasswordProtectedPdf() throws Exception {
    Path file = files().encryptedPdf("begroting.pdf");
    refused(
        Kind.INVALID,
        "DocumentCode.PASSWORD_PROTECTED [begroting.pdf]",
        () -> extractor.extract(file, "begroting.pdf", "application/pdf"));
  }

  @Test
  void refusesPasswordProtectedDocx() throws Exception {
    Path file = files().encryptedDocx("geheim.docx");
    refused(
        Kind.INVALID,
        "DocumentCode.PASSWORD_PROTECTED [geheim.docx]",
        () -> extractor.extract(file, "geheim.docx", null));
  }

  @Test
  void refusesTruncatedPdf() throws Exception {
    Path file = files().truncatedPdf("half.pdf");
    refused(
        Kind.INVALID,
        "DocumentCode.DAMAGED [half.pdf, PDF]",
        () -> extractor.extract(file, "half.pdf", null));
  }

  @Test
  void refusesZipBomb() throws Exception {
    Path file = files().zipBombDocx("bom.docx", 32);
    assertTrue(Files.size(file) < 100 * 1024, "size " + Files.size(file));
    refused(
        Kind.INVALID,
        "DocumentCode.ZIP_BOMB [bom.docx]",
        () -> extractor.extract(file, "bom.docx", null));
  }

  @Test
  void refusesZipBombEmbeddedInADocument() throws Exception {
    Path file = files().docxWithEmbeddedZipBomb("bijlage.docx", 32);
    refused(
        Kind.INVALID,
        "DocumentCode.ZIP_BOMB [bijlage.docx]",
        () -> extractor.extract(file, "bijlage.docx", null));
  }

  @Test
  void refusesZipBombInTheListOfContentTypesBeforeDetection() throws Exception {
    Path file = files().contentTypesBombDocx("typen.docx", 32);
    refused(
        Kind.INVALID,
        "DocumentCode.ZIP_BOMB [typen.docx]",
        () -> extractor.extract(file, "typen.docx", null));
  }

  @Test
  void refusesBrokenZip() throws Exception {
    Path file = files().brokenZip("kapot.docx");
    refused(
        Kind.INVALID,
        "DocumentCode.DAMAGED [kapot.docx, DOCX]",
        () -> extractor.extract(file, "kapot.docx", null));
  }

  @Test
  void refusesMarkupNestedTooDeeply() throws Exception {
    Path file = files().deepHtml("diep.html", 2 * TextExtractor.MAX_XML_DEPTH);
    refused(
        Kind.INVALID,
        "DocumentCode.NESTED_TOO_DEEPLY [diep.html]",
        () -> extractor.extract(file, "diep.html", null));
  }

  @Test
  void refusesDocumentsNestedTooDeeply() throws Exception {
    Path file = files().nestedDocx("matroesjka.docx", 12);
    refused(
        Kind.INVALID,
        "DocumentCode.EMBEDDED_TOO_DEEP [matroesjka.docx, "
            + TextExtractor.MAX_EMBEDDED_DEPTH
            + "]",
        () -> extractor.extract(file, "matroesjka.docx", null));
  }

  @Test
  void readsEmbeddedDocumentsWithinTheLimits() throws Exception {
    Path file = files().nestedDocx("bijlagen.docx", 3);
    Extraction e = extractor.extract(file, "bijlagen.docx", null);
    assertTrue(e.text().contains("Laag 1"), e.text());
    assertTrue(e.text().contains("Binnenste laag"), e.text());
  }

  @Test
  void refusesTooManyEmbeddedDocuments() throws Exception {
    Path file = files().crowdedDocx("stapel.docx", TextExtractor.MAX_EMBEDDED_DOCUMENTS + 5);
    refused(
        Kind.INVALID,
        "DocumentCode.TOO_MANY_EMBEDDED [stapel.docx, "
            + TextExtractor.MAX_EMBEDDED_DOCUMENTS
            + "]",
        () -> extractor.extract(file, "stapel.docx", null));
  }

  @Test
  void givesUpWhenReadingTakesTooLong() throws Exception {
    TextExtractor impatient = new TextExtractor(50_000_000, Duration.ofMillis(1), 64L << 20);
    try {
      Path file = files().bigText("jaarverslag.txt", 8);
      refused(
          Kind.INVALID,
          "DocumentCode.READING_TOO_SLOW [jaarverslag.txt, 0.001]",
          () -> impatient.extract(file, "jaarverslag.txt", null));
    } finally {
      impatient.close();
    }
  }

  @Test
  void aTextThatStartsLikeANewsMessageIsStillText() throws Exception {
    // Tika's magic says message/news for "Article", "Path:" and "Xref:" at the start (found by the
    // soak loader on derived corpus documents).
    for (String start : List.of("Article 1. De wet", "Path: notulen/2024", "Xref: raad 12")) {
      Path file = files().text("notulen.txt", start + "\nVerder gewone tekst over de wijk.");
      Extraction e = extractor.extract(file, "notulen.txt", "text/plain");
      assertEquals("text/plain", e.contentType(), start);
      assertTrue(e.text().contains("gewone tekst"), e.text());
      Extraction undeclared = extractor.extract(file, "notulen.txt", null);
      assertEquals("text/plain", undeclared.contentType(), start);
    }
  }

  // --- names and text ---

  @Test
  void safeFileNameKeepsOnlyTheLastSegment() {
    assertEquals("passwd", FileNames.safeFileName("../../etc/passwd"));
    assertEquals("nota.pdf", FileNames.safeFileName("C:\\Users\\x\\nota.pdf"));
    assertEquals("document", FileNames.safeFileName("uploads/"));
  }

  @Test
  void safeFileNameDropsControlAndBidiCharacters() {
    assertEquals("nota.pdf", FileNames.safeFileName("nota\r\n.pdf"));
    assertEquals("nota.pdf", FileNames.safeFileName("\tnota\u0000.pdf\u007f"));
    assertEquals("factuurexe.pdf", FileNames.safeFileName("factuur\u202Eexe.pdf"));
    assertEquals("ab.txt", FileNames.safeFileName("a\u2066b\u2069.txt"));
  }

  @Test
  void fileNamesThatClimbOrHideTheirDirectionAreRefused() {
    for (String hostile :
        List.of(
            "../../etc/passwd",
            "..\\..\\boot.ini",
            "map/ .. /nota.pdf",
            "..",
            "nota\r\n.pdf",
            "nota\u0000.pdf",
            "factuur\u202Eexe.pdf",
            "a\u2066b\u2069.txt",
            "x\u0085y.txt")) {
      PortalException refused =
          assertThrows(PortalException.class, () -> FileNames.checkFileName(hostile), hostile);
      assertEquals(Kind.INVALID, refused.kind(), hostile);
      assertTrue(refused.getMessage().contains("DocumentCode.NAME_"), refused.getMessage());
    }
    for (String fine :
        List.of(
            "nota.pdf",
            "C:\\Users\\x\\nota.pdf",
            "versie..2.pdf",
            ".verborgen.txt",
            "Nota één – 2024.docx")) {
      FileNames.checkFileName(fine);
    }
    FileNames.checkFileName(null);
  }

  @Test
  void safeFileNameDropsLeadingDotsAndBlanks() {
    assertEquals("hidden", FileNames.safeFileName(".hidden"));
    assertEquals("env.txt", FileNames.safeFileName(" .. env.txt "));
    assertEquals("document", FileNames.safeFileName("..."));
    assertEquals("document", FileNames.safeFileName(""));
    assertEquals("document", FileNames.safeFileName("   "));
    assertEquals("document", FileNames.safeFileName(null));
  }

  @Test
  void safeFileNameShortensLongNamesButKeepsTheExtension() {
    String name = FileNames.safeFileName("a".repeat(300) + ".docx");
    assertEquals(200, name.length());
    assertTrue(name.endsWith("a.docx"), name);
    assertEquals(200, FileNames.safeFileName("b".repeat(300)).length());
  }

  @Test
  void safeFileNameIsIdempotent() {
    for (String raw :
        List.of(
            "../../etc/passwd", " .. env.txt ", "a\u202E/b.pdf", "x".repeat(250) + ".pdf", "")) {
      String once = FileNames.safeFileName(raw);
      assertEquals(once, FileNames.safeFileName(once), raw);
    }
  }

  @Test
  void tidyCollapsesBlankLinesAndStrips() {
    assertEquals(
        "Kop\n\nAlinea een\nregel twee\n\nAlinea twee",
        TextExtractor.tidy(
            "\n\n  Kop\r\n\r\n\r\n\r\nAlinea een  \nregel twee\n\n\n\nAlinea twee\u0000\n \n"));
  }

  @Test
  void acceptAttributeListsExtensionsAndTypes() {
    String accept = AcceptedTypes.acceptAttribute();
    assertTrue(accept.contains(".docx"), accept);
    assertTrue(accept.contains("application/pdf"), accept);
    assertEquals("PDF, DOCX, ODT, DOC, RTF, HTML, TXT, Markdown", AcceptedTypes.NAMES);
  }
}
