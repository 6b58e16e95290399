package nl.leerkring.search.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits a Dutch compound into the words it is made of: the WHOLE word must be covered by known
 * words, each optionally followed by a linking {@code -s-}, {@code -e-}, {@code -en-} or {@code
 * -er-}, the last one optionally inflected ({@code wijkteams}). A part found somewhere inside a
 * word is never enough: {@code Kootwijkerbroek} holds {@code wijk}, but {@code koot} + {@code wijk}
 * + {@code erbroek} is no decomposition.
 *
 * <p>Of all decompositions the one with the fewest parts wins, then the one with the fewest linking
 * letters, then the one with the longest first part: {@code buurtwerkers} is {@code buurt} + {@code
 * werkers}, not {@code buur} + {@code twerkers}.
 *
 * <p>What keeps ordinary words whole: parts have at least four letters (three only when listed as a
 * short part), derivational endings are no head ({@code wetenschap}, {@code ouderdom}), a particle
 * is no part when the rest is a verb form or derivation ({@code vaststelling}, {@code
 * voorschriften}), and the exceptions list names what remains ({@code wethouder}).
 *
 * <p>NOTE: stateless apart from its lexicon; thread-safe.
 */
final class Decompounder {

  static final int MIN_COMPOUND = 7;
  static final int MIN_PART = 4;
  static final int MAX_WORD = 40;

  private static final String[] LINKS = {"", "s", "e", "en", "er"};
  private static final String[] INFLECTIONS = {"", "s", "en", "e", "n", "es"};

  /** Endings that make derivations, not compounds: never the last part. */
  private static final Set<String> SUFFIXES =
      Set.of(
          "schap",
          "schappen",
          "dom",
          "heid",
          "heden",
          "sel",
          "lijk",
          "lijke",
          "baar",
          "bare",
          "zaam",
          "zame",
          "loos",
          "loze",
          "ling",
          "lingen",
          "nis",
          "achtig",
          "isme",
          "teit",
          "ster",
          "tje",
          "tjes",
          "aard");

  /** Separable particles: with a verb form or derivation after them they make one word. */
  private static final Set<String> PARTICLES =
      Set.of(
          "voor", "onder", "over", "door", "vast", "terug", "samen", "tegen", "neer", "voort",
          "achter", "binnen", "buiten", "tussen", "rond", "mede", "weder", "boven", "open");

  private final DutchLexicon lexicon;

  Decompounder(DutchLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * The parts of a lower-case word, each in the forms a reader may search for (the piece, its verb
   * infinitive, the piece with its linking letters); empty when the word is no compound.
   */
  List<String> split(String word) {
    if (word.length() < MIN_COMPOUND
        || word.length() > MAX_WORD
        || lexicon.neverSplit(word)
        || !word.chars().allMatch(Character::isLetter)) {
      return List.of();
    }
    Split best = best(word, 0, new Split[word.length() + 1], new boolean[word.length() + 1]);
    if (best == null || best.pieces.size() < 2) {
      return List.of();
    }
    Set<String> forms = new LinkedHashSet<>();
    for (Piece p : best.pieces) {
      forms.addAll(p.forms);
    }
    return List.copyOf(forms);
  }

  private record Piece(int start, List<String> forms, int linkLength, int length) {}

  private record Split(List<Piece> pieces, int links, int squares) {
    /** Fewest parts, then fewest linking letters, then the longest first part, then long parts. */
    boolean betterThan(Split other) {
      if (other == null) {
        return true;
      }
      if (pieces.size() != other.pieces.size()) {
        return pieces.size() < other.pieces.size();
      }
      if (links != other.links) {
        return links < other.links;
      }
      if (pieces.get(0).length != other.pieces.get(0).length) {
        return pieces.get(0).length > other.pieces.get(0).length;
      }
      return squares > other.squares;
    }
  }

  /** The best decomposition of {@code word} from {@code start} to its end, or null. */
  private Split best(String word, int start, Split[] memo, boolean[] done) {
    if (done[start]) {
      return memo[start];
    }
    Split best = null;
    for (int end = start + 3; end <= word.length(); end++) {
      String piece = word.substring(start, end);
      if (end == word.length()) {
        List<String> head = head(piece, start == 0);
        if (head != null && start > 0) {
          Split s = new Split(List.of(new Piece(start, head, 0, piece.length())), 0, sq(piece));
          best = s.betterThan(best) ? s : best;
        }
        continue;
      }
      List<String> forms = known(piece);
      if (forms == null) {
        continue;
      }
      for (String link : LINKS) {
        int next = end + link.length();
        if (next > word.length() - 3 || !word.startsWith(link, end)) {
          continue;
        }
        if (start == 0
            && (PARTICLES.contains(piece) || PARTICLES.contains(word.substring(0, next)))
            && derived(word.substring(next))) {
          continue;
        }
        Split rest = best(word, next, memo, done);
        if (rest == null) {
          continue;
        }
        List<String> withLink = new ArrayList<>(forms);
        if (!link.isEmpty()) {
          withLink.add(piece + link);
        }
        List<Piece> pieces = new ArrayList<>();
        pieces.add(new Piece(start, withLink, link.length(), piece.length()));
        pieces.addAll(rest.pieces);
        Split s =
            new Split(pieces, rest.links + (link.isEmpty() ? 0 : 1), rest.squares + sq(piece));
        best = s.betterThan(best) ? s : best;
      }
    }
    memo[start] = best;
    done[start] = true;
    return best;
  }

  private static int sq(String piece) {
    return piece.length() * piece.length();
  }

  /** The last part: a known word, possibly inflected, and no derivational ending. */
  private List<String> head(String piece, boolean whole) {
    if (whole || SUFFIXES.contains(piece) || derivedAdjective(piece) || shortIng(piece)) {
      return null;
    }
    for (String ending : INFLECTIONS) {
      if (piece.endsWith(ending) && piece.length() - ending.length() >= 3) {
        String lemma = piece.substring(0, piece.length() - ending.length());
        if (SUFFIXES.contains(lemma)) {
          return null;
        }
        List<String> forms = noun(lemma);
        if (forms == null && !ending.isEmpty()) {
          forms = noun(longVowel(lemma));
        }
        if (forms == null && lemma.endsWith("er")) {
          // An agent noun (zorger, verlener) is found by its verb's noun: mantelzorger by zorg.
          forms = noun(lemma.substring(0, lemma.length() - 2));
          if (forms != null) {
            forms = List.of(forms.get(0), lemma);
          }
        }
        if (forms != null) {
          List<String> all = new ArrayList<>(forms);
          all.add(piece);
          return all;
        }
      }
    }
    return null;
  }

  /** The forms a piece is known as: itself, or the verb whose stem it is (woon- is wonen). */
  private List<String> known(String piece) {
    boolean longEnough = piece.length() >= MIN_PART || lexicon.isShortPart(piece);
    if (!longEnough) {
      return null;
    }
    if (lexicon.isWord(piece)) {
      return List.of(piece);
    }
    for (String verb : infinitives(piece)) {
      if (lexicon.isWord(verb)) {
        return List.of(piece, verb);
      }
    }
    return null;
  }

  /** A head is a word of the lexicon itself, not a verb stem. */
  private List<String> noun(String lemma) {
    boolean longEnough = lemma.length() >= MIN_PART || lexicon.isShortPart(lemma);
    return longEnough && lexicon.isWord(lemma) ? List.of(lemma) : null;
  }

  /** zakelijk, belangrijkste: an adjective made by a suffix, after a noun, makes one word. */
  private static boolean derivedAdjective(String head) {
    return head.endsWith("lijk") || head.endsWith("lijke") || head.endsWith("ste");
  }

  /** A head in -ing is a noun made from a verb, of six letters or more: not king, ging, ting. */
  private static boolean shortIng(String head) {
    String bare = head.endsWith("en") ? head.substring(0, head.length() - 2) : head;
    return bare.endsWith("ing") && bare.length() < 6;
  }

  /** problem(en) → probleem, straten → straat: an open syllable's vowel is written once. */
  private static String longVowel(String lemma) {
    int n = lemma.length();
    if (n >= 3
        && "aeou".indexOf(lemma.charAt(n - 2)) >= 0
        && "aeiou".indexOf(lemma.charAt(n - 1)) < 0
        && "aeiou".indexOf(lemma.charAt(n - 3)) < 0) {
      return lemma.substring(0, n - 1) + lemma.charAt(n - 2) + lemma.charAt(n - 1);
    }
    return lemma;
  }

  /** woon → wonen, verwijs → verwijzen, leef → leven, zoek → zoeken. */
  private static List<String> infinitives(String stem) {
    List<String> out = new ArrayList<>(3);
    String base = stem;
    char last = stem.charAt(stem.length() - 1);
    if (last == 's') {
      base = stem.substring(0, stem.length() - 1) + 'z';
    } else if (last == 'f') {
      base = stem.substring(0, stem.length() - 1) + 'v';
    }
    out.add(base + "en");
    int n = base.length();
    if (n >= 3
        && base.charAt(n - 2) == base.charAt(n - 3)
        && "aeou".indexOf(base.charAt(n - 2)) >= 0) {
      out.add(base.substring(0, n - 2) + base.substring(n - 1) + "en");
    }
    return out;
  }

  /** A verb form or derivation: what a particle before it turns into one word. */
  private static boolean derived(String rest) {
    return rest.endsWith("ing")
        || rest.endsWith("ingen")
        || rest.endsWith("en")
        || rest.endsWith("d")
        || rest.endsWith("t")
        || rest.endsWith("lijk")
        || rest.endsWith("ig")
        || rest.endsWith("baar");
  }
}
