package nl.leerkring.bench.soak;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import nl.leerkring.bench.search.Corpus;
import nl.leerkring.bench.search.Corpus.Law;

/**
 * The soak's documents: derived deterministically from the corpus {@code wetten-nl.jsonl.xz} (read
 * by path as an xz stream, never copied). Document {@code j} depends on {@code j} alone (its own
 * seeded {@link Random}), so the first 5,000 of a 100,000 load are the documents of a 5,000 load.
 *
 * <ul>
 *   <li>{@code j < corpus size}: corpus document {@code j}, its body cut at {@value #MAX_BODY}
 *       characters at a paragraph or word boundary;
 *   <li>above: the title of corpus document {@code j mod size} with " (bundel n)", and a body of
 *       two paragraph-aligned sections, one of that document and one of another drawn from the
 *       seed.
 * </ul>
 *
 * Metadata: one of six demo gemeenten uniformly; a document type, a date in 2015–2026, 1 to 3 of 12
 * themes and 0 to 2 wijken of the gemeente, all from the same generator. A document of a circle
 * member is published with probability {@code publishPerMille}/1000: to the circle (two thirds) or
 * to everyone signed in.
 */
final class SoakDocs {

  static final int MAX_BODY = 10_000;
  private static final long SEED = 20_261_124L;
  private static final LocalDate FIRST_DATE = LocalDate.of(2015, 1, 1);
  private static final int DATE_SPAN =
      (int) (LocalDate.of(2026, 10, 31).toEpochDay() - FIRST_DATE.toEpochDay());

  /** Demo gemeente slug → the demo member who uploads its documents. */
  static final Map<String, String> MEMBERS =
      Map.of(
          "duiven", "duiven.lid",
          "wijchen", "wijchen.lid",
          "berg-en-dal", "bergendal.lid",
          "doesburg", "doesburg.lid",
          "beuningen", "beuningen.lid",
          "deventer", "deventer.lid");

  static final List<String> TENANTS =
      List.of("duiven", "wijchen", "berg-en-dal", "doesburg", "beuningen", "deventer");

  private static final Map<String, List<String>> WIJKEN =
      Map.of(
          "duiven", List.of("Duiven-Zuid", "Duiven-Oost", "Groessen", "Loo"),
          "wijchen", List.of("Wijchen-Centrum", "Wijchen-Noord", "Alverna", "Bergharen"),
          "berg-en-dal", List.of("Groesbeek", "Ooij", "Beek", "Leuth"),
          "doesburg", List.of("Doesburg-Centrum", "Beinum", "Ooipoort"),
          "beuningen", List.of("Beuningen-Centrum", "Ewijk", "Weurt", "Winssen"),
          "deventer", List.of("Keizerslanden", "Rivierenwijk", "Colmschate", "Binnenstad"));

  static final List<String> THEMES = Corpus.THEMES;

  private static final List<String> TYPES =
      List.of(
          "nota-bw",
          "raadsmededeling",
          "evaluatie",
          "voortgangsrapportage",
          "plan-van-aanpak",
          "interview",
          "overig");

  /** One derived document; {@code scope} is null for a document that stays private. */
  record Doc(int n, String tenant, String title, String body, String metadata, String scope) {}

  private SoakDocs() {}

  static Doc derive(List<Law> laws, int j, int publishPerMille) {
    Random r = new Random(SEED * 31 + j);
    int c = laws.size();
    Law primary = laws.get(j % c);
    String title =
        (primary.title().isBlank() ? primary.id() : primary.title())
            .replaceAll("\\p{Cntrl}", " ")
            .strip();
    if (title.length() > 250) {
      title = title.substring(0, 250).strip();
    }
    String body;
    if (j < c) {
      body = Corpus.cut(primary.body(), MAX_BODY);
    } else {
      title = title + " (bundel " + (j / c) + ")";
      Law other = laws.get(r.nextInt(c));
      body =
          (Corpus.section(primary.body(), 5_000, r)
                  + "\n\n"
                  + Corpus.section(other.body(), 5_000, r))
              .strip();
    }
    if (body.isBlank()) {
      body =
          title
              + "\n\n"
              + primary.id(); // a few corpus documents have no body; empty files are refused
    }
    String tenant = TENANTS.get(r.nextInt(TENANTS.size()));
    LocalDate date = FIRST_DATE.plusDays(r.nextInt(DATE_SPAN + 1));
    Set<String> themes = Corpus.draw(r, THEMES, 1 + r.nextInt(3));
    Set<String> wijken = Corpus.draw(r, WIJKEN.get(tenant), r.nextInt(3));
    String type = TYPES.get(r.nextInt(TYPES.size()));
    String number = date.getYear() + "-" + (1 + r.nextInt(400));
    String scope = null;
    if (!tenant.equals("deventer") && r.nextInt(1000) < publishPerMille) {
      scope = r.nextInt(3) < 2 ? "CIRCLE" : "PUBLIC";
    }
    JsonArrayBuilder t = Json.createArrayBuilder();
    themes.forEach(t::add);
    JsonArrayBuilder w = Json.createArrayBuilder();
    wijken.forEach(w::add);
    String metadata =
        Json.createObjectBuilder()
            .add("title", title)
            .add("type", type)
            .add("date", date.toString())
            .add("number", number)
            .add("themes", t)
            .add("wijken", w)
            .add("tags", Json.createArrayBuilder().add("soak"))
            .build()
            .toString();
    return new Doc(j, tenant, title, body, metadata, scope);
  }
}
