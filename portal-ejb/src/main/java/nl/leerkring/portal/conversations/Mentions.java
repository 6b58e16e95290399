package nl.leerkring.portal.conversations;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code @names} in a post: a person's username ({@code @duiven.lid}) or a gemeente's slug
 * ({@code @berg-en-dal}). A name starts after a space, a line break, an opening bracket or the
 * start of the text (so an e-mail address is no mention) and ends before punctuation that closes a
 * sentence ({@code @duiven.lid.} mentions {@code duiven.lid}). Who a name is, and whether they may
 * hear of it, is the boundary's to decide; the text itself is never changed.
 */
public final class Mentions {

  /** More names than this in one post are not read: a post is no mailing list. */
  static final int MAX = 20;

  private static final Pattern NAME =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}@._-])@([\\p{L}\\p{N}](?:[\\p{L}\\p{N}._-]*[\\p{L}\\p{N}])?)");

  private Mentions() {}

  /** The names mentioned, lower case, in order of first mention, at most {@value #MAX}. */
  public static Set<String> in(String text) {
    Set<String> names = new LinkedHashSet<>();
    if (text == null) {
      return names;
    }
    Matcher m = NAME.matcher(text);
    while (m.find() && names.size() < MAX) {
      names.add(m.group(1).toLowerCase(Locale.ROOT));
    }
    return names;
  }
}
