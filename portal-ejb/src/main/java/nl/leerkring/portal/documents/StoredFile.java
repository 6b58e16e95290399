package nl.leerkring.portal.documents;

import nl.leerkring.portal.blobs.BlobId;

/**
 * An upload that is safely in the blob store with its extracted text, ready to be referred to by a
 * row.
 */
public record StoredFile(
    BlobId blob,
    String fileName,
    String contentType,
    long size,
    BlobId text,
    boolean truncated,
    int characters) {}
