package nl.leerkring.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Collection;

/**
 * Small text helpers for pages, as {@code #{texts.join(list)}}: EL cannot call {@code String.join}
 * on a list reliably.
 */
@Named
@ApplicationScoped
public class Texts {

  /** The words, comma separated; empty for none. */
  public String join(Collection<String> words) {
    return joinWords(words);
  }

  static String joinWords(Collection<String> words) {
    return words == null ? "" : String.join(", ", words);
  }
}
