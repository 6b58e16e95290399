package nl.leerkring.portal.blobs;

import java.nio.file.Path;

/** A stored file to send: where its bytes are, and how to name it. */
public record Download(Path path, String fileName, String contentType, long size) {}
