package nl.leerkring.portal.transfer;

import nl.leerkring.tenants.Code;

/** Why an export could not be read or fetched, or an import was refused. */
public enum TransferCode implements Code {
  /** Only the gemeente's tenant admins and platform admins export it. */
  TENANT_ADMINS_ONLY,
  /** Only platform admins import a gemeente. */
  PLATFORM_ADMINS_ONLY,
  /** No export with this id for the caller; argument: the id. */
  EXPORT_NOT_FOUND,
  /** The export is still running or failed; arguments: the id, its status. */
  EXPORT_NOT_READY,
  /** No file was sent. */
  FILE_REQUIRED,
  /** The file is not a ZIP archive. */
  NOT_A_ZIP,
  /** The ZIP has no manifest.json, or one that is not the portal's. */
  MANIFEST_MISSING,
  /** {0}: the format version of the file, {1}: the version this portal reads. */
  FORMAT_UNKNOWN,
  /** {0}: a file the manifest lists that the ZIP lacks. */
  FILE_MISSING,
  /** {0}: a file whose content differs from its checksum in the manifest. */
  CHECKSUM_MISMATCH,
  /** {0}: a file in the ZIP that the manifest does not list. */
  FILE_UNLISTED,
  /** {0}: a name in the ZIP that points outside it or is not allowed. */
  UNSAFE_PATH,
  /** {0}: a kind of data this portal does not know. */
  KIND_UNKNOWN,
  /** {0}: the kind; {1}: the rows the manifest counts; {2}: the rows in the file. */
  COUNT_MISMATCH,
  /** {0}: the kind whose file cannot be read as rows. */
  ROWS_UNREADABLE,
  /** {0}: the file that a row names but that the ZIP does not hold with that content. */
  FILE_NOT_OF_ROW,
  /** {0}: the most bytes the unpacked ZIP may hold. */
  TOO_LARGE,
  /** The node making an export gave no sign of life for too long: it was given up. */
  EXPORT_ABANDONED,
  /** An export stopped on an error (details in the server's log). */
  EXPORT_FAILED
}
