package nl.leerkring.portal.exports;

import nl.leerkring.tenants.Code;

/** Why an export was refused; worded by the web layer ({@code ExportCode.<CONSTANT>}). */
public enum ExportCode implements Code {
  /** The decimal mark asked for is not one of comma, point; argument: the text given. */
  DECIMAL_MARK_UNKNOWN,
  /** The file format asked for is not one this export offers; arguments: the text, the formats. */
  FORMAT_UNKNOWN
}
