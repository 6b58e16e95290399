package nl.leerkring.portal.cofinancing;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.leerkring.portal.programmes.Programme;
import nl.leerkring.portal.programmes.ProgrammeChanged;

/**
 * Keeps a ledger consistent with its programme, inside the transaction that changes the programme
 * (which has already bound the tenant, so this bean reads only that tenant's rows): a new period
 * must still hold every budget line, and a deleted programme takes its ledger with it.
 */
@Stateless
public class LedgerCascade {

  @PersistenceContext EntityManager em;

  public void onProgrammeChanged(@Observes ProgrammeChanged change) {
    if (change.deleted()) {
      for (Class<?> type :
          List.of(
              LineEntry.class, VersionEntry.class, ContributionEntry.class, FundingSource.class)) {
        for (Object row : StoredLedger.rowsOf(em, type, change.programmeId())) {
          em.remove(row);
        }
        em.flush(); // in this order: lines before their version, all before the programme
      }
      return;
    }
    Programme programme = em.find(Programme.class, change.programmeId());
    if (programme != null) {
      Ledgers.validate(StoredLedger.read(em, programme));
    }
  }
}
