package nl.leerkring.portal.cofinancing;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import nl.leerkring.portal.CommonCode;
import nl.leerkring.portal.PortalException;
import nl.leerkring.portal.Refusals;
import nl.leerkring.portal.TextField;
import nl.leerkring.portal.programmes.Enums;
import nl.leerkring.tenants.Code;

/**
 * Reads the strings of {@link LedgerData} into the ledger's types, naming each field as the client
 * sends it ({@code awarded}; inside a whole ledger {@code sources[2].awarded}). A field that cannot
 * be read is kept and null returned, so every wrong field of a write is found before {@link #done}
 * refuses them together.
 */
final class Fields {

  static final int FIRST_YEAR = 1900;
  static final int LAST_YEAR = 2200;

  private final String path;
  private final Refusals wrong;

  private Fields(String path, Refusals wrong) {
    this.path = path;
    this.wrong = wrong;
  }

  /** The fields of one write; {@code path} is "" or where they sit in a ledger ("sources[2]."). */
  static Fields of(String path) {
    return new Fields(path, new Refusals());
  }

  /** Fields inside this write ("amounts[0]."), refused with it. */
  Fields at(String inner) {
    return new Fields(path + inner, wrong);
  }

  String name(String field) {
    return path + field;
  }

  Money money(String field, String text) {
    return required(field, text, Money::parseNonNegative);
  }

  Money optionalMoney(String field, String text) {
    return blank(text) ? null : money(field, text);
  }

  Hours hours(String field, String text) {
    return required(field, text, Hours::parse);
  }

  Percentage percentage(String field, String text) {
    return required(field, text, Percentage::parse);
  }

  Percentage optionalPercentage(String field, String text) {
    return blank(text) ? null : percentage(field, text);
  }

  LocalDate date(String field, LocalDate date) {
    if (date == null) {
      add(field, CommonCode.REQUIRED);
      return null;
    }
    return wrong.field(name(field), () -> inRange(name(field), date));
  }

  Integer year(String field, Integer year) {
    return wrong.field(name(field), () -> calendarYear(name(field), year));
  }

  String text(String field, String text, int max) {
    return wrong.field(name(field), () -> TextField.required(name(field), text, max));
  }

  String optionalText(String field, String text, int max) {
    return wrong.field(name(field), () -> TextField.optional(name(field), text, max));
  }

  <E extends Enum<E>> E choice(Class<E> type, String field, String text, E fallback) {
    return wrong.field(name(field), () -> Enums.parse(type, name(field), text, fallback));
  }

  <T> List<T> items(String field, List<T> items, int max) {
    List<T> read = wrong.field(name(field), () -> checkedItems(name(field), items, max));
    return read == null ? List.of() : read;
  }

  void add(String field, Code code, Object... args) {
    wrong.add(name(field), code, args);
  }

  boolean has(String field) {
    return wrong.has(name(field));
  }

  /** Refuses the write (400) with every wrong field found so far, when there is one. */
  void done() {
    wrong.throwIfAny();
  }

  /** The years this portal keeps: a date far outside them is a typing error, not a plan. */
  static LocalDate inRange(String field, LocalDate date) {
    if (date != null && (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR)) {
      throw PortalException.invalidField(
          field, CommonCode.DATE_OUT_OF_RANGE, date, FIRST_YEAR, LAST_YEAR);
    }
    return date;
  }

  private static int calendarYear(String field, Integer year) {
    if (year == null || year < FIRST_YEAR || year > LAST_YEAR) {
      throw PortalException.invalidField(
          field, CofinancingCode.YEAR_REQUIRED, FIRST_YEAR, LAST_YEAR);
    }
    return year;
  }

  /** Refuses a list with an empty entry or more entries than the field can hold. */
  private static <T> List<T> checkedItems(String field, List<T> items, int max) {
    if (items == null) {
      return List.of();
    }
    if (items.stream().anyMatch(Objects::isNull)) {
      throw PortalException.invalidField(field, CommonCode.EMPTY_ITEM);
    }
    if (items.size() > max) {
      throw PortalException.invalidField(field, CommonCode.TOO_MANY_ITEMS, max);
    }
    return items;
  }

  /** Refuses what would not fit its column once written as JSON (500 otherwise). */
  static String fits(String field, String json, int max) {
    if (json.length() > max) {
      throw PortalException.invalidField(field, CommonCode.TOO_LONG_IN_TOTAL, json.length(), max);
    }
    return json;
  }

  private <T> T required(String field, String text, Function<String, T> parser) {
    if (blank(text)) {
      add(field, CommonCode.REQUIRED);
      return null;
    }
    return wrong.field(name(field), () -> parser.apply(text.strip()));
  }

  static boolean blank(String text) {
    return TextField.blank(text);
  }
}
