package nl.leerkring.portal.signals;

import nl.leerkring.tenants.tenancy.Viewer;

/** Asks every {@link SubjectAccess} whether a reader may still read a notification's subject. */
final class SubjectCheck {

  private SubjectCheck() {}

  /** Whether no component says the viewer may no longer read the subject. */
  static boolean readable(Iterable<SubjectAccess> subjects, Viewer viewer, String subjectId) {
    for (SubjectAccess access : subjects) {
      if (!access.mayRead(viewer, subjectId).orElse(true)) {
        return false;
      }
    }
    return true;
  }
}
