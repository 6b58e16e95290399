package nl.leerkring.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The directory that holds a node's index generations ({@code gen-000001}, …) and a {@value
 * #CURRENT} file naming the live one. A rebuild writes a new generation beside the live index and
 * {@link #makeLive} switches the pointer with an atomic rename, so a crash leaves either the old or
 * the new generation live, never half of one.
 *
 * <p>NOTE: not thread-safe; one owner per directory (the portal's indexer).
 */
public final class IndexHome {

  static final String CURRENT = "CURRENT";
  private static final String PREFIX = "gen-";

  private final Path root;

  public IndexHome(Path root) {
    this.root = root;
  }

  /**
   * The live generation, when there is one written by this schema version; empty when there is none
   * or when it was written by another version (and so must be rebuilt).
   */
  public Optional<SearchIndex> openLive() {
    Path current = root.resolve(CURRENT);
    if (!Files.isRegularFile(current)) {
      return Optional.empty();
    }
    try {
      String name = Files.readString(current, StandardCharsets.UTF_8).strip();
      Path dir = root.resolve(name);
      if (!name.startsWith(PREFIX) || !Files.isDirectory(dir)) {
        return Optional.empty();
      }
      SearchIndex index = SearchIndex.open(dir);
      if (index.schemaVersion().orElse(-1) != SearchIndex.SCHEMA_VERSION) {
        index.close();
        return Optional.empty();
      }
      return Optional.of(index);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + current, e);
    }
  }

  /** A new, empty generation beside the live one; not live until {@link #makeLive}. */
  public SearchIndex createNext() {
    try {
      Files.createDirectories(root);
      int next = generations().stream().mapToInt(IndexHome::number).max().orElse(0) + 1;
      // ASCII digits whatever the default locale: names must sort and compare the same everywhere.
      Path dir = root.resolve(PREFIX + String.format(Locale.ROOT, "%06d", next));
      Files.createDirectories(dir);
      return SearchIndex.open(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create a search index under " + root, e);
    }
  }

  /**
   * Points {@value #CURRENT} at this index's generation, after committing it with the given
   * change-log position. Generations older than the one it replaces are deleted; the replaced one
   * is kept until the next switch, as searches may still be reading it.
   */
  public void makeLive(SearchIndex index, long sequence) {
    index.commit(sequence);
    try {
      Path pointer = root.resolve(CURRENT);
      String previous =
          Files.isRegularFile(pointer)
              ? Files.readString(pointer, StandardCharsets.UTF_8).strip()
              : "";
      Path temp = root.resolve(CURRENT + ".tmp");
      Files.writeString(temp, index.path().getFileName().toString(), StandardCharsets.UTF_8);
      try (var channel =
          java.nio.channels.FileChannel.open(temp, java.nio.file.StandardOpenOption.WRITE)) {
        channel.force(true);
      }
      try {
        Files.move(
            temp, pointer, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, pointer, StandardCopyOption.REPLACE_EXISTING);
      }
      for (Path dir : generations()) {
        String name = dir.getFileName().toString();
        if (!name.equals(previous) && !dir.equals(index.path())) {
          deleteTree(dir);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot switch the live search index under " + root, e);
    }
  }

  /**
   * Removes generations that are neither live nor the given ones: leftovers of a crashed rebuild.
   */
  public void removeAbandoned(SearchIndex live) {
    try {
      for (Path dir : generations()) {
        if (!dir.equals(live.path())) {
          deleteTree(dir);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot clean up " + root, e);
    }
  }

  private List<Path> generations() throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> dirs = Files.list(root)) {
      return dirs.filter(Files::isDirectory)
          .filter(d -> d.getFileName().toString().startsWith(PREFIX))
          .toList();
    }
  }

  private static int number(Path dir) {
    try {
      return Integer.parseInt(dir.getFileName().toString().substring(PREFIX.length()));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** Deletes a directory and everything in it. */
  public static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
