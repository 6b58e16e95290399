package nl.leerkring.bench.search;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import nl.leerkring.search.access.Scope;
import org.tukaani.xz.XZInputStream;

/**
 * The corpus {@code wetten-nl.jsonl.xz} (read by path as an xz stream, never copied) and the
 * deterministic derivation of the benchmark's documents from it.
 *
 * <p>Document {@code j} of the derived set depends on {@code j} alone (its own seeded {@link
 * Random}), so the first 20,000 of a 100,000 run are the same documents as a 20,000 run:
 *
 * <ul>
 *   <li>{@code j < 19,685}: corpus document {@code j}, its body cut at {@value #MAX_BODY}
 *       characters (at a paragraph or word boundary);
 *   <li>{@code j >= 19,685}: a recombination: the title of corpus document {@code j mod 19,685}
 *       with " (bundel n)", and a body of {@code min(length of that document, 10,000)} characters
 *       made of paragraph-aligned sections of 1 to 3 corpus documents (that one first).
 * </ul>
 *
 * Every document gets synthetic portal metadata from the same generator: one of the 6 tenants
 * uniformly; a scope (Deventer, outside the circle, only PRIVATE; the 5 circle members 50 %
 * PRIVATE, 30 % CIRCLE, 20 % PUBLIC); the corpus's own type; a date in 2015-01-01..2026-10-31; 1 to
 * 3 themes of 12; 0 to 2 wijken of the tenant.
 */
public final class Corpus {

  static final int MAX_BODY = 10_000;
  private static final long SEED = 20_261_123L;
  private static final LocalDate FIRST_DATE = LocalDate.of(2015, 1, 1);
  private static final int DATE_SPAN =
      (int) (LocalDate.of(2026, 10, 31).toEpochDay() - FIRST_DATE.toEpochDay());

  /** The twelve themes every synthetic bench document draws its themes from. */
  public static final List<String> THEMES =
      List.of(
          "wonen",
          "zorg",
          "gezondheid",
          "jeugd",
          "veiligheid",
          "armoede",
          "werk",
          "onderwijs",
          "duurzaamheid",
          "mobiliteit",
          "participatie",
          "cultuur");

  /** The demo tenants by slug, in a fixed order, with synthetic wijken. */
  static final Map<String, List<String>> WIJKEN =
      Map.of(
          "duiven", List.of("Duiven-Zuid", "Duiven-Oost", "Duiven-West", "Groessen", "Loo"),
          "wijchen",
              List.of("Wijchen-Centrum", "Wijchen-Noord", "Alverna", "Bergharen", "Batenburg"),
          "berg-en-dal", List.of("Groesbeek", "Millingen aan de Rijn", "Ooij", "Beek", "Leuth"),
          "doesburg", List.of("Doesburg-Centrum", "Beinum", "Ooipoort", "Molenwijk"),
          "beuningen", List.of("Beuningen-Centrum", "Ewijk", "Weurt", "Winssen"),
          "deventer",
              List.of("Keizerslanden", "Rivierenwijk", "Colmschate", "Binnenstad", "Voorstad"));

  static final List<String> TENANTS =
      List.of("duiven", "wijchen", "berg-en-dal", "doesburg", "beuningen", "deventer");

  /** One line of the corpus (also read by the soak's {@code SoakDocs}). */
  public record Law(String id, String type, String title, String body) {}

  /** One derived document with its portal metadata. */
  record Doc(
      int n,
      String id,
      String kind,
      String tenant,
      Scope scope,
      String title,
      String body,
      String type,
      LocalDate date,
      String number,
      List<String> themes,
      List<String> wijken) {

    String uuid() {
      return id.substring(id.indexOf(':') + 1);
    }
  }

  private Corpus() {}

  public static List<Law> read(Path path) {
    List<Law> laws = new ArrayList<>(20_000);
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                new XZInputStream(new BufferedInputStream(Files.newInputStream(path), 1 << 16), -1),
                StandardCharsets.UTF_8),
            1 << 16)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        try (JsonReader reader = Json.createReader(new StringReader(line))) {
          JsonObject o = reader.readObject();
          laws.add(
              new Law(
                  o.getString("id"),
                  o.getString("type", ""),
                  o.getString("title", ""),
                  o.getString("body", "")));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the corpus " + path, e);
    }
    return laws;
  }

  /** Document j of the derived set (see the class comment). */
  static Doc derive(List<Law> laws, int j) {
    Random r = new Random(SEED * 31 + j);
    int c = laws.size();
    Law primary = laws.get(j % c);
    String title;
    String body;
    if (j < c) {
      title = primary.title();
      body = cut(primary.body(), MAX_BODY);
    } else {
      title = primary.title() + " (bundel " + (j / c) + ")";
      int target = Math.max(200, Math.min(primary.body().length(), MAX_BODY));
      int parts = 1 + r.nextInt(3);
      StringBuilder b = new StringBuilder(target + 200);
      for (int p = 0; p < parts && b.length() < target; p++) {
        Law source = p == 0 ? primary : laws.get(r.nextInt(c));
        int want = p == parts - 1 ? target - b.length() : target / parts;
        b.append(section(source.body(), want, r)).append("\n\n");
      }
      body = b.toString().strip();
    }
    return metadata(j, r, primary, title, body);
  }

  /**
   * The same metadata for a corpus document with its whole body: what the indexing measurement
   * feeds both pipelines.
   */
  static Doc whole(List<Law> laws, int j) {
    Random r = new Random(SEED * 31 + j);
    Law law = laws.get(j);
    return metadata(j, r, law, law.title(), law.body());
  }

  private static Doc metadata(int j, Random r, Law primary, String title, String body) {
    String tenant = TENANTS.get(r.nextInt(TENANTS.size()));
    int s = r.nextInt(10);
    Scope scope =
        tenant.equals("deventer")
            ? Scope.PRIVATE
            : s < 5 ? Scope.PRIVATE : s < 8 ? Scope.CIRCLE : Scope.PUBLIC;
    String kind = scope == Scope.PRIVATE ? "document" : "publication";
    String uuid =
        UUID.nameUUIDFromBytes(("leerkring-bench-" + j).getBytes(StandardCharsets.UTF_8))
            .toString();
    LocalDate date = FIRST_DATE.plusDays(r.nextInt(DATE_SPAN + 1));
    Set<String> themes = draw(r, THEMES, 1 + r.nextInt(3));
    Set<String> wijken = draw(r, WIJKEN.get(tenant), r.nextInt(3));
    return new Doc(
        j,
        kind + ":" + uuid,
        kind,
        tenant,
        scope,
        title.isBlank() ? primary.id() : title,
        body,
        primary.type().isBlank() ? "onbekend" : primary.type(),
        date,
        date.getYear() + "-" + (1 + r.nextInt(400)),
        List.copyOf(themes),
        List.copyOf(wijken));
  }

  /** The start of the text, at most max characters, cut at a paragraph or else a word boundary. */
  public static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = text.lastIndexOf("\n\n", max);
    if (end < max / 2) {
      end = text.lastIndexOf(' ', max);
    }
    if (end < max / 2) {
      end = max;
    }
    return text.substring(0, end);
  }

  /** About want characters from a random paragraph start of the text. */
  public static String section(String text, int want, Random r) {
    if (text.length() <= want) {
      return text;
    }
    int from = r.nextInt(text.length() - want + 1);
    int para = text.lastIndexOf("\n\n", from);
    from = para < 0 ? 0 : para + 2;
    return cut(text.substring(from, Math.min(text.length(), from + want + 1)), want);
  }

  /**
   * {@code n} different entries of {@code from}, drawn with {@code r} in the order drawn; the same
   * random numbers give the same set, so a corpus is the same on every run.
   */
  public static Set<String> draw(Random r, List<String> from, int n) {
    Set<String> out = new LinkedHashSet<>();
    while (out.size() < n) {
      out.add(from.get(r.nextInt(from.size())));
    }
    return out;
  }
}
