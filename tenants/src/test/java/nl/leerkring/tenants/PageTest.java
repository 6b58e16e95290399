package nl.leerkring.tenants;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PageTest {

  private static final List<Integer> FORTY_FIVE = IntStream.rangeClosed(1, 45).boxed().toList();

  @Test
  void aListInMemoryIsCutIntoPagesOfTwentyWithItsTotal() {
    Page<Integer> second = Page.of(FORTY_FIVE, Page.Request.of(null, 2, null));
    assertEquals(IntStream.rangeClosed(21, 40).boxed().toList(), second.items());
    assertEquals(45, second.total());
    assertEquals(3, second.pages());
    assertEquals(
        List.of(41, 42, 43, 44, 45), Page.of(FORTY_FIVE, Page.Request.of(null, 3, null)).items());
  }

  @Test
  void beyondTheLastPageIsEmptyButKeepsTheTotal() {
    Page<Integer> beyond = Page.of(FORTY_FIVE, Page.Request.of(null, 9, 10));
    assertEquals(List.of(), beyond.items());
    assertEquals(45, beyond.total());
    assertEquals(5, beyond.pages());
    assertEquals(1, Page.of(List.of(), Page.Request.of(null, 1, null)).pages());
  }
}
