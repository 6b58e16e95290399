package nl.leerkring.tenants;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One reason a request was refused: a {@link Code} with its typed arguments (numbers, dates,
 * amounts, names; never pre-formatted text), and the input {@code field} it concerns, or null when
 * it concerns the request as a whole. Arguments are formatted by the web layer for the reader's
 * language, so they stay values here. There is no way to refuse with a sentence: a refusal without
 * a code does not compile.
 */
public record Refusal(String field, Code code, List<Object> args) implements Serializable {

  private static final long serialVersionUID = 1L;

  public Refusal {
    Objects.requireNonNull(code, "A refusal needs a code");
    // Not List.copyOf: an argument may be null (an id that was not given), and a refusal must
    // never fail while being made.
    args = args == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(args));
  }

  /** A refusal of the request as a whole. */
  public static Refusal of(Code code, Object... args) {
    return new Refusal(null, Objects.requireNonNull(code), Arrays.asList(args));
  }

  /**
   * A refusal of one input field, named as the client sent it ({@code title}, {@code
   * lines[2].amount}).
   */
  public static Refusal onField(String field, Code code, Object... args) {
    return new Refusal(field, Objects.requireNonNull(code), Arrays.asList(args));
  }

  /** The key and arguments, for logs and {@code getMessage()}: not for people to read. */
  public String describe() {
    String where = field == null ? "" : field + ": ";
    return where + code.key() + (args.isEmpty() ? "" : " " + args);
  }
}
