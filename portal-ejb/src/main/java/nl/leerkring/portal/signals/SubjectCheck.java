package nl.leerkring.portal.signals;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import nl.leerkring.tenants.tenancy.Viewer;

/** Asks every {@link SubjectAccess} whether a reader may still read a notification's subject. */
final class SubjectCheck {

  private final List<BiFunction<Viewer, String, Optional<Boolean>>> answers;

  private SubjectCheck(List<BiFunction<Viewer, String, Optional<Boolean>>> answers) {
    this.answers = answers;
  }

  /** A check over these subjects, each component reading what it needs of them at once. */
  static SubjectCheck about(Iterable<SubjectAccess> subjects, Collection<String> subjectIds) {
    List<BiFunction<Viewer, String, Optional<Boolean>>> answers = new ArrayList<>();
    subjects.forEach(s -> answers.add(s.about(subjectIds)));
    return new SubjectCheck(answers);
  }

  /** Whether no component says the viewer may no longer read the subject. */
  boolean readable(Viewer viewer, String subjectId) {
    for (BiFunction<Viewer, String, Optional<Boolean>> answer : answers) {
      if (!answer.apply(viewer, subjectId).orElse(true)) {
        return false;
      }
    }
    return true;
  }

  /** Whether no component says the viewer may no longer read the subject (one subject). */
  static boolean readable(Iterable<SubjectAccess> subjects, Viewer viewer, String subjectId) {
    for (SubjectAccess access : subjects) {
      if (!access.mayRead(viewer, subjectId).orElse(true)) {
        return false;
      }
    }
    return true;
  }
}
