package nl.leerkring.search.index;

/** The index's field names. Private to the module: callers speak in records, not fields. */
final class Fields {
  static final String ID = "id";
  static final String ID_SORT = "id.sort";
  static final String KIND = "kind";
  static final String TITLE = "title";
  static final String BODY = "body";
  static final String WORDS = "words";
  static final String META = "meta";

  /** The parts of the compounds in title and text, scored apart and with less weight. */
  static final String PARTS = "parts";

  static final String GEMEENTE = "gemeente";
  static final String TYPE = "type";
  static final String TYPE_LABEL = "type.label";
  static final String DATE = "date";
  static final String DATE_SORT = "date.sort";
  static final String NUMBER = "number";
  static final String THEME = "theme";
  static final String WIJK = "wijk";
  static final String AUDIENCE = "audience";
  static final String LINK = "link";
  static final String FINGERPRINT = "fingerprint";

  private Fields() {}
}
