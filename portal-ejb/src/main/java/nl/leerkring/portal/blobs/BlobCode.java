package nl.leerkring.portal.blobs;

import nl.leerkring.tenants.Code;

/** What the blob store refuses; worded by the web layer (see {@link Code}). */
public enum BlobCode implements Code {
  /** {0}: the limit in MB. */
  FILE_TOO_LARGE
}
