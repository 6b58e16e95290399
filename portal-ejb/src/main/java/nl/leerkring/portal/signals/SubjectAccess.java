package nl.leerkring.portal.signals;

import java.util.Collection;
import java.util.Optional;
import java.util.function.BiFunction;
import nl.leerkring.tenants.tenancy.Viewer;

/**
 * What a component says about the subject of a notification when its recipient reads it: whether
 * they may still read it. A notification was addressed by the rule of its moment; a subject can
 * leave its audience afterwards (a submission withdrawn or returned leaves the coordinators' view),
 * and then its title must not stay readable in their inbox or digest. Found through CDI {@code
 * Instance<>}.
 */
public interface SubjectAccess {

  /** Empty when the subject is not this component's; else whether the viewer may read it now. */
  Optional<Boolean> mayRead(Viewer viewer, String subjectId);

  /**
   * The same answers for many subjects, read at once (a digest batch asks about thousands): by
   * default one by one; a component overrides it to read them in a few queries.
   */
  default BiFunction<Viewer, String, Optional<Boolean>> about(Collection<String> subjectIds) {
    return this::mayRead;
  }
}
