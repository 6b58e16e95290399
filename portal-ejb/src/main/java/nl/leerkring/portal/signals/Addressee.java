package nl.leerkring.portal.signals;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where and how to mail one person: their address, language and name, read for a whole fan-out or
 * digest batch in one query (no account entities to load, each with its collections).
 */
record Addressee(String id, String email, String language, String displayName) {

  /** The active accounts among these ids that have an address, by id. */
  static Map<String, Addressee> of(EntityManager em, Collection<String> accountIds) {
    Map<String, Addressee> out = new HashMap<>();
    List<String> ids = List.copyOf(accountIds);
    for (int from = 0; from < ids.size(); from += 500) {
      em.createQuery(
              "select a.id, a.email, a.language, a.displayName from Account a"
                  + " where a.id in :ids and a.active = true and a.email is not null",
              Object[].class)
          .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 500)))
          .getResultList()
          .forEach(
              r ->
                  out.put(
                      (String) r[0],
                      new Addressee((String) r[0], (String) r[1], (String) r[2], (String) r[3])));
    }
    return out;
  }
}
