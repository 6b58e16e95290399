package nl.leerkring.portal.changes;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;

/** The change log as followers read it, each read in a short transaction of its own. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ChangeFeed {

  @Inject ChangeLog log;

  public List<ChangeLogEntry> after(long seq, int max) {
    return log.since(seq, max);
  }

  public List<ChangeLogEntry> among(Collection<Long> seqs) {
    return log.among(seqs);
  }

  public long latest() {
    return log.latest();
  }
}
