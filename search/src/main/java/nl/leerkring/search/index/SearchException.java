package nl.leerkring.search.index;

import java.util.List;

/**
 * A search that cannot be answered as asked. The {@link Reason} and its typed arguments say what to
 * change; the portal words them in the reader's language. The message is the English wording, for
 * logs and for this module's tests.
 */
public class SearchException extends RuntimeException {

  /** What went wrong. */
  public enum Kind {
    /** The query could not be read: quotes, brackets or operators. */
    SYNTAX,
    /** A parameter out of range, such as a page size or an over-long query. */
    INVALID,
    /** An item that does not exist or that the viewer may not open: the same answer for both. */
    NOT_FOUND,
    /** The index cannot answer: not live yet, or failing underneath. */
    UNAVAILABLE
  }

  /** Why, as a code the portal words (each constant lists its arguments). */
  public enum Reason {
    /** {0}: the id asked for. */
    ITEM_NOT_FOUND,
    PAGE_BELOW_ONE,
    /** {0}: the largest page size. */
    PAGE_SIZE,
    /** {0}: the query's length, {1}: the most characters. */
    QUERY_TOO_LONG,
    TOO_MANY_TERMS,
    PREFIX_MATCHES_TOO_MUCH,
    UNREADABLE,
    QUOTE_NOT_CLOSED,
    CLOSING_BRACKET_FIRST,
    BRACKET_NOT_CLOSED,
    /** {0}: the word. */
    PREFIX_TOO_SHORT,
    /** {0}: the word. */
    WILDCARD_FIRST,
    /** {0}: the operator. */
    OPERATOR_ALONE
  }

  private final Kind kind;
  private final Reason reason;
  private final transient List<Object> args;

  public SearchException(Kind kind, Reason reason, String message, Object... args) {
    this(kind, reason, message, null, args);
  }

  public SearchException(
      Kind kind, Reason reason, String message, Throwable cause, Object... args) {
    super(message, cause);
    this.kind = kind;
    this.reason = reason;
    this.args = List.of(args);
  }

  public Kind kind() {
    return kind;
  }

  public Reason reason() {
    return reason;
  }

  public List<Object> args() {
    return args;
  }
}
