package nl.leerkring.portal.koffer;

import java.time.LocalDate;
import java.util.List;

/**
 * A gemeente's account of using a method: where, when, in which programme action, what happened,
 * what worked, what it would change, how it turned out.
 *
 * @param wijktype the wijk's type, a code from the vocabulary; lets the koffer say in which kinds
 *     of wijk a method was used
 * @param rating 1 (did not work) to 5 (worked very well); null when not rated
 * @param documents ids of the gemeente's own case documents about the use (evaluations)
 */
public record UseDraft(
    String wijk,
    String wijktype,
    LocalDate from,
    LocalDate until,
    String programmeAction,
    String whatHappened,
    String whatWorked,
    String whatToChange,
    Integer rating,
    List<String> documents) {

  public UseDraft {
    documents = documents == null ? List.of() : List.copyOf(documents);
  }
}
