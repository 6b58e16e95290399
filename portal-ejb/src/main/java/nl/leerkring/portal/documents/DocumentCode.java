package nl.leerkring.portal.documents;

import nl.leerkring.tenants.Code;

/** Why the documents component refuses or answers; worded by the web layer (codes.properties). */
public enum DocumentCode implements Code {
  /** Nobody is signed in. */
  SIGN_IN,
  /** The viewer belongs to no gemeente (a facilitator): they keep no documents. */
  MEMBERS_ONLY,
  /** {0}: the id asked for. */
  NOT_FOUND,
  /** {0}: the file id asked for. */
  FILE_NOT_FOUND,
  /** The request carried no metadata at all. */
  METADATA_REQUIRED,
  /** A required field is empty. */
  REQUIRED,
  /** {0}: the most characters the field takes. */
  TOO_LONG,
  /** The text holds control characters. */
  CONTROL_CHARACTERS,
  /** {0}: the date given. */
  DATE_IMPLAUSIBLE,
  /** {0}: the most entries the list takes. */
  TOO_MANY,
  /** The type is missing: the uploader must choose one. */
  TYPE_REQUIRED,
  /** {0}: the type given. */
  TYPE_UNKNOWN,
  /** {0}: the file id that is not an annex of the document. */
  NOT_AN_ANNEX,
  /** An upload without a file. */
  FILE_REQUIRED,
  /** An edit without the version the editor started from. */
  VERSION_REQUIRED,
  /** {0}: when the document was last changed; {1}: the version sent; {2}: the current one. */
  CHANGED_MEANWHILE,
  /** The document is submitted or published somewhere: withdraw it there before deleting it. */
  STILL_SHARED,
  /** {0}: the id; a restore of a document that is not in the prullenbak. */
  NOT_IN_TRASH,
  /** A multipart request without a part; {0}: the part's name. */
  PART_REQUIRED,
  /** {0}: the part's name; it is larger than 64 KB. */
  PART_TOO_LARGE,
  /** The metadata part is not valid JSON. */
  METADATA_NOT_JSON,
  /** {0}: the file name; an empty file. */
  FILE_EMPTY,
  /** {0}: the file name; {1}: its size in bytes; {2}: the most bytes accepted. */
  FILE_TOO_LARGE,
  /** {0}: the file name; {1}: seconds the reading may take. */
  READING_TOO_SLOW,
  /** {0}: the file name; too many documents are read at once. */
  EXTRACTOR_BUSY,
  /** {0}: the file name; {1}: its detected type; a type the portal does not read. */
  TYPE_NOT_READ,
  /** {0}: the file name; {1}: the declared type; {2}: the detected one. */
  TYPE_CONTRADICTED,
  /** {0}: the file name; {1}: the format's label. */
  DAMAGED,
  /** {0}: the file name. */
  PASSWORD_PROTECTED,
  /** {0}: the file name. */
  NESTED_TOO_DEEPLY,
  /** {0}: the file name. */
  ZIP_BOMB,
  /** {0}: the file name; {1}: the most zip entries. */
  TOO_MANY_PARTS,
  /** {0}: the file name; {1}: the most embedded documents. */
  TOO_MANY_EMBEDDED,
  /** {0}: the file name; {1}: how deep embedded documents may nest. */
  EMBEDDED_TOO_DEEP,
  /** The file name points outside its folder (".."). */
  NAME_TRAVERSAL,
  /** The file name holds control or bidirectional characters. */
  NAME_CONTROL_CHARACTERS,
  /** Emptying the prullenbak on demand is for platform admins. */
  PURGE_ADMINS_ONLY,
  /** {0}: the fewest days (0). */
  PURGE_DAYS_NEGATIVE
}
