package nl.leerkring.portal.documents;

import java.time.LocalDate;
import java.util.List;

/** What a member says about a case document when uploading or editing it. */
public record DocumentMetadata(
    String title,
    String type,
    LocalDate date,
    String number,
    String programme,
    List<String> themes,
    List<String> tags,
    List<String> wijken,
    String summary) {

  public DocumentMetadata {
    themes = themes == null ? List.of() : List.copyOf(themes);
    tags = tags == null ? List.of() : List.copyOf(tags);
    wijken = wijken == null ? List.of() : List.copyOf(wijken);
  }
}
