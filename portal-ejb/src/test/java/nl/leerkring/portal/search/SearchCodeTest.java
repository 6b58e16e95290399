package nl.leerkring.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import nl.leerkring.search.index.SearchException;
import org.junit.jupiter.api.Test;

/** Every reason the search module refuses a search for crosses the boundary as a code. */
class SearchCodeTest {

  @Test
  void everyReasonOfTheSearchModuleHasACode() {
    List<String> codes = Arrays.stream(SearchCode.values()).map(Enum::name).toList();
    List<String> missing =
        Arrays.stream(SearchException.Reason.values())
            .map(Enum::name)
            .filter(r -> !codes.contains(r))
            .toList();
    assertEquals(List.of(), missing);
  }
}
