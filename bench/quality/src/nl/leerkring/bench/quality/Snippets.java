package nl.leerkring.bench.quality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** What a judge reads of a document: the windows where most of the query's words occur. */
final class Snippets {

  private static final int WINDOW = 220;

  private Snippets() {}

  static List<String> best(String body, String query, int max) {
    String lower = body.toLowerCase(Locale.ROOT);
    List<String> stems = new ArrayList<>();
    for (String w : query.toLowerCase(Locale.ROOT).replaceAll("[\"()*+-]", " ").split("\\s+")) {
      if (w.length() >= 3 && !w.equals("and") && !w.equals("not")) {
        stems.add(w.length() > 6 ? w.substring(0, w.length() - 2) : w);
      }
    }
    record Window(int start, int words) {}
    List<Window> windows = new ArrayList<>();
    for (int start = 0; start < lower.length(); start += WINDOW / 2) {
      String part = lower.substring(start, Math.min(lower.length(), start + WINDOW));
      int words = (int) stems.stream().filter(part::contains).count();
      if (words > 0) {
        windows.add(new Window(start, words));
      }
    }
    windows.sort(Comparator.comparingInt(Window::words).reversed().thenComparingInt(Window::start));
    List<String> out = new ArrayList<>();
    List<Integer> used = new ArrayList<>();
    for (Window w : windows) {
      if (out.size() == max) {
        break;
      }
      if (used.stream().anyMatch(u -> Math.abs(u - w.start()) < WINDOW)) {
        continue;
      }
      used.add(w.start());
      out.add(QualityEval.cut(body.substring(w.start(), Math.min(body.length(), w.start() + WINDOW)), WINDOW));
    }
    if (out.isEmpty()) {
      out.add(QualityEval.cut(body.substring(0, Math.min(body.length(), WINDOW)), WINDOW));
    }
    return out;
  }
}
