package nl.leerkring.portal.cofinancing;

import java.time.LocalDate;
import java.util.function.Function;
import nl.leerkring.portal.PortalException;
import nl.leerkring.portal.TextField;
import nl.leerkring.portal.ledger.Hours;
import nl.leerkring.portal.ledger.Money;
import nl.leerkring.portal.ledger.Percentage;
import nl.leerkring.portal.programmes.Enums;

/**
 * Reads the strings of {@link LedgerData} into the ledger's types, naming the field in every
 * message ("Funding source 'Regiodeal' › awarded: Amount 12.345 has more than 2 decimals").
 */
final class Fields {

  static final int FIRST_YEAR = 1900;
  static final int LAST_YEAR = 2200;

  private final String where;

  private Fields(String where) {
    this.where = where;
  }

  static Fields of(String where) {
    return new Fields(where);
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
      throw PortalException.invalid(where + " › " + field + " is required (a date, YYYY-MM-DD).");
    }
    return inRange(where + " › " + field, date);
  }

  /** The years this portal keeps: a date far outside them is a typing error, not a plan. */
  static LocalDate inRange(String field, LocalDate date) {
    if (date != null && (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR)) {
      throw PortalException.invalid(
          field + ": " + date + " lies outside " + FIRST_YEAR + "–" + LAST_YEAR + ".");
    }
    return date;
  }

  static int year(String field, Integer year) {
    if (year == null || year < FIRST_YEAR || year > LAST_YEAR) {
      throw PortalException.invalid(
          field + ": a calendar year from " + FIRST_YEAR + " to " + LAST_YEAR + " is required.");
    }
    return year;
  }

  /** Refuses a list with an empty entry or more entries than the field can hold. */
  static <T> java.util.List<T> items(String field, java.util.List<T> items, int max) {
    if (items == null) {
      return java.util.List.of();
    }
    if (items.stream().anyMatch(java.util.Objects::isNull)) {
      throw PortalException.invalid(field + ": the list has an empty entry.");
    }
    if (items.size() > max) {
      throw PortalException.invalid(field + ": at most " + max + " entries.");
    }
    return items;
  }

  /** Refuses what would not fit its column once written as JSON (500 otherwise). */
  static String fits(String field, String json, int max) {
    if (json.length() > max) {
      throw PortalException.invalid(
          field
              + " is too long in total ("
              + json.length()
              + " of at most "
              + max
              + " characters).");
    }
    return json;
  }

  String text(String field, String text, int max) {
    return TextField.required(where + " › " + field, text, max);
  }

  String optionalText(String field, String text, int max) {
    return TextField.optional(where + " › " + field, text, max);
  }

  <E extends Enum<E>> E choice(Class<E> type, String field, String text, E fallback) {
    try {
      return Enums.parse(type, field, text, fallback);
    } catch (PortalException e) {
      throw PortalException.invalid(where + " › " + e.getMessage());
    }
  }

  private <T> T required(String field, String text, Function<String, T> parser) {
    if (blank(text)) {
      throw PortalException.invalid(where + " › " + field + " is required.");
    }
    try {
      return parser.apply(text.strip());
    } catch (PortalException e) {
      throw PortalException.invalid(where + " › " + field + ": " + e.getMessage());
    }
  }

  static boolean blank(String text) {
    return TextField.blank(text);
  }
}
