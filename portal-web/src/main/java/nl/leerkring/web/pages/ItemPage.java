package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.leerkring.portal.publishing.PublicationView;
import nl.leerkring.portal.publishing.Publications;
import nl.leerkring.portal.publishing.Snapshot;
import nl.leerkring.web.security.CurrentViewer;

/**
 * One published item: its description, the opening of its text, the passage that matched a search
 * (from {@code q}), how to cite it, and the way back: to the search results it was found in ({@code
 * back} carries that search), else to its circle's catalog.
 */
@Named
@RequestScoped
public class ItemPage {

  /** The opening shown as a preview, in characters. */
  static final int PREVIEW = 1_200;

  /** The search parameters a way back may carry; anything else in {@code back} is dropped. */
  private static final Set<String> SEARCH_PARAMS =
      Set.of("q", "type", "gemeente", "year", "theme", "wijk", "circle", "sort", "page");

  @Inject CurrentViewer current;

  @Inject Publications publications;

  @Inject PageFormats formats;

  @Inject FieldErrors errors;

  @Inject FacesContext faces;

  @Inject Gone gone;

  private PublicationView item;
  private boolean loaded;
  private String reason;
  private String text;

  public String getId() {
    return Inputs.param(faces, "id");
  }

  public PublicationView getItem() {
    if (!loaded) {
      loaded = true;
      gone.load(
          "publication",
          "/app/catalog.xhtml",
          () -> item = publications.item(current.signedIn(), getId()));
    }
    return item;
  }

  /** The extracted text of the original (else of the first file that has one), read once. */
  private String text() {
    if (text == null) {
      text = "";
      if (getItem() != null) {
        Messages.attempt(faces, () -> text = publications.text(current.signedIn(), getId()));
      }
    }
    return text;
  }

  public String getPreview() {
    return Passages.preview(text(), PREVIEW);
  }

  /** The passage where the searched words occur, in marked and unmarked parts; empty if none. */
  public List<Passages.Part> getPassage() {
    return Passages.passage(text(), Passages.terms(getQ()), 320);
  }

  /** The words searched for: {@code q}, or the {@code q} of the search carried in {@code back}. */
  public String getQ() {
    String q = Inputs.param(faces, "q");
    return q != null ? q : backParams().get("q");
  }

  public boolean isFromSearch() {
    return Inputs.param(faces, "back") != null || Inputs.param(faces, "q") != null;
  }

  /** Back to the search results this item was opened from, or to its circle's catalog. */
  public String getBackHref() {
    String context = faces.getExternalContext().getRequestContextPath();
    if (isFromSearch()) {
      Map<String, String> search = backParams();
      if (search.isEmpty()) {
        search.put("q", getQ());
      }
      return context + "/app/search.xhtml" + Links.query(search);
    }
    return Links.to(
        context, "catalog.xhtml", "circle", getItem() == null ? null : getItem().circle());
  }

  /** The search carried in {@code back}, only its known parameters, as given. */
  private Map<String, String> backParams() {
    Map<String, String> out = new LinkedHashMap<>();
    String back = Inputs.param(faces, "back");
    if (back == null) {
      return out;
    }
    for (String pair : back.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        String name = URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8);
        String value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        if (SEARCH_PARAMS.contains(name) && !value.isBlank() && value.length() <= 500) {
          out.putIfAbsent(name, value);
        }
      }
    }
    return out;
  }

  /**
   * How to cite the item, one line to paste: gemeente, year, title, type and number, its date,
   * where and when it was published, and its stable address.
   */
  public String getCitation() {
    PublicationView i = getItem();
    if (i == null) {
      return "";
    }
    Snapshot s = i.snapshot();
    String type = s == null ? null : s.typeLabel();
    String number = s == null ? null : s.number();
    String kind = type != null ? type : formats.label("kind.", i.kind());
    return formats.format(
        "item.citationText",
        i.ownerName(),
        i.itemDate() == null ? "z.d." : String.valueOf(i.itemDate().getYear()),
        i.title().strip().replaceAll("[.!?]$", ""),
        ((kind == null ? "" : kind) + " " + (number == null ? "" : number)).strip(),
        formats.day(i.itemDate()),
        i.circleName() == null ? i.circle() : i.circleName(),
        formats.day(
            i.decidedAt() == null ? null : i.decidedAt().atZone(Formats.ZONE).toLocalDate()),
        address());
  }

  private String address() {
    HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
    return URI.create(request.getRequestURL().toString())
        .resolve(request.getContextPath() + "/app/item.xhtml?id=" + Links.encode(getId()))
        .toString();
  }

  public String report() {
    if (errors.run(
        FieldErrors.fields("reason", "r-reason"),
        () -> publications.report(current.signedIn(), getId(), reason))) {
      Messages.info(faces, "catalog.reported");
      reason = null;
    }
    return null;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
