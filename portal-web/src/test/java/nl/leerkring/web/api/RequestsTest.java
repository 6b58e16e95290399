package nl.leerkring.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RequestsTest {

  /** What the runtime makes of a name a browser sent as UTF-8: each byte one character. */
  private static String asReceived(String sent) {
    return new String(sent.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
  }

  @Test
  void aUtf8FileNameReadAsLatin1IsRepaired() {
    for (String name :
        new String[] {
          "één – nota.pdf", "Évaluatie 2024.docx", "⟦1⟧<img>.txt", "rapport\u202etxt.exe"
        }) {
      assertEquals(name, Requests.fileName(asReceived(name)), name);
    }
  }

  @Test
  void otherNamesAreKeptAsTheyCame() {
    assertEquals("nota.pdf", Requests.fileName("nota.pdf"));
    assertEquals("caf\u00e9.pdf", Requests.fileName("caf\u00e9.pdf"), "a real ISO-8859-1 name");
    assertEquals("één.pdf", Requests.fileName("één.pdf"), "already decoded (é is one char)");
    assertEquals("€ – nota.pdf", Requests.fileName("€ – nota.pdf"), "beyond one byte: decoded");
    assertNull(Requests.fileName(null));
  }

  @Test
  void backslashesInAFileNameAreKeptAsTheBrowserSentThem() {
    assertEquals(
        "..\\x.txt",
        Requests.fileName("form-data; name=\"file\"; filename=\"..\\x.txt\"", "..x.txt"),
        "the runtime reads the backslash as an escape and hides the climb");
    assertEquals(
        "C:\\Users\\x\\nota.pdf",
        Requests.fileName(
            "form-data; name=\"file\"; FILENAME = \"C:\\Users\\x\\nota.pdf\"", "C:Usersxnota.pdf"));
    assertEquals(
        "../x.txt",
        Requests.fileName("form-data; name=\"file\"; filename=\"../x.txt\"", "../x.txt"));
    assertEquals(
        "één.pdf",
        Requests.fileName("form-data; filename=\"" + asReceived("één.pdf") + "\"", null),
        "repaired as UTF-8 like any name");
    assertEquals(
        "nota.pdf",
        Requests.fileName("form-data; name=\"file\"; filename*=UTF-8''x.pdf", "nota.pdf"),
        "no quoted filename: the runtime's reading");
    assertNull(Requests.fileName(null, null));
  }
}
