package nl.leerkring.bench.upload;

import java.nio.file.Path;

/** One file to upload, with the name and type a browser would send. */
record Upload(Path file, String name, String declaredType, String kind, long bytes) {}
