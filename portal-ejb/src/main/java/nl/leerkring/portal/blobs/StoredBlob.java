package nl.leerkring.portal.blobs;

/** A blob safely on disk, with its size in bytes. */
public record StoredBlob(BlobId id, long size) {}
