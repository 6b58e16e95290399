package nl.leerkring.search.index;

/**
 * A search that cannot be answered as asked. The message says, in words a reader understands, what
 * to change.
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

  private final Kind kind;

  public SearchException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public SearchException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
