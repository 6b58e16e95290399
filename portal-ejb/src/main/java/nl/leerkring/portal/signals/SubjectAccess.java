package nl.leerkring.portal.signals;

import java.util.Optional;
import nl.leerkring.tenants.tenancy.Viewer;

/**
 * What a component says about the subject of a notification when its recipient reads it: whether
 * they may still read it. A notification was addressed by the rule of its moment; a subject can
 * leave its audience afterwards (a submission withdrawn or returned leaves the coordinators' view),
 * and then its title must not stay readable in their inbox. Found through CDI {@code Instance<>}.
 */
public interface SubjectAccess {

  /** Empty when the subject is not this component's; else whether the viewer may read it now. */
  Optional<Boolean> mayRead(Viewer viewer, String subjectId);
}
