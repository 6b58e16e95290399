package nl.leerkring.portal.publishing;

import jakarta.persistence.EntityManager;
import nl.leerkring.portal.signals.SubjectAccess;

/** Wires publishing's {@link SubjectAccess} outside the container, for the signals' tests. */
public final class PublishingAccess {

  private PublishingAccess() {}

  public static SubjectAccess subjects(EntityManager em) {
    PublicationRows rows = new PublicationRows();
    rows.em = em;
    PublicationSubjects subjects = new PublicationSubjects();
    subjects.em = em;
    subjects.rows = rows;
    return subjects;
  }
}
