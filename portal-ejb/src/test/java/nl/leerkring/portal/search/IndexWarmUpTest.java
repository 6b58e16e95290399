package nl.leerkring.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexWarmUpTest {

  @Test
  void findsTheMadeUpItemAndLeavesNothingBehind(@TempDir Path parent) throws IOException {
    assertEquals(
        1, IndexWarmUp.run(parent), "indexed, refreshed and found as its gemeente's member");
    try (Stream<Path> left = Files.list(parent)) {
      assertEquals(0, left.count(), "the scratch index is removed");
    }
  }
}
