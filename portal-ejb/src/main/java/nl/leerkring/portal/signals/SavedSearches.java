package nl.leerkring.portal.signals;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.leerkring.portal.CommonCode;
import nl.leerkring.portal.PortalException;
import nl.leerkring.portal.search.SearchContributor;
import nl.leerkring.portal.search.SearchService;
import nl.leerkring.search.index.Facet;
import nl.leerkring.search.index.SearchRequest;
import nl.leerkring.search.index.SearchResult;
import nl.leerkring.tenants.Refusal;
import nl.leerkring.tenants.TenantsException;
import nl.leerkring.tenants.accounts.Accounts;
import nl.leerkring.tenants.tenancy.Viewer;

/**
 * Saved searches and their alerts. A person saves a search page (query and filters); {@link
 * SavedSearchJob} checks each one after the index has taken in the latest changes, <em>searching as
 * its owner</em> with the viewer built as for a request, so the search's own access filter decides
 * what it can find: a saved search never tells anyone of what they may not read (and stops finding
 * what they can no longer read). Each hit it had not found before raises a {@link
 * SignalKind#SAVED_SEARCH_MATCH} for its owner, mailed by the same immediate/digest rules as every
 * other notification (a daily digest unless they chose otherwise).
 */
@Stateless
public class SavedSearches {

  /** How many searches one person keeps. */
  static final int MAX_PER_PERSON = 50;

  private static final Logger LOG = Logger.getLogger(SavedSearches.class.getName());

  @PersistenceContext EntityManager em;

  @Inject SearchService search;

  @Inject Accounts accounts;

  @Inject Event<Signal> signals;

  Clock clock = Clock.systemUTC();

  /** The viewer's own saved searches, oldest first. */
  public List<SavedSearchView> mine(Viewer viewer) {
    return em
        .createNamedQuery(SavedSearch.OF_ACCOUNT, SavedSearch.class)
        .setParameter("account", signedIn(viewer))
        .getResultList()
        .stream()
        .map(SavedSearch::view)
        .toList();
  }

  /**
   * Saves a search for the viewer. What it finds now is taken as known; only what is added later is
   * new.
   *
   * @throws PortalException {@code INVALID} naming every wrong field ({@code name}, {@code query},
   *     {@code filters.<param>}); {@code CONFLICT} when the person keeps {@value #MAX_PER_PERSON}
   */
  public SavedSearchView save(Viewer viewer, SavedSearchRequest request) {
    String account = signedIn(viewer);
    List<Refusal> wrong = new ArrayList<>();
    String name = request.name() == null ? "" : request.name().strip();
    if (name.isEmpty()) {
      wrong.add(Refusal.onField("name", CommonCode.REQUIRED));
    } else if (name.length() > 200) {
      wrong.add(Refusal.onField("name", CommonCode.TOO_LONG, 200));
    }
    String query = request.query() == null ? "" : request.query().strip();
    if (query.length() > SearchRequest.MAX_QUERY_LENGTH) {
      wrong.add(Refusal.onField("query", CommonCode.TOO_LONG, SearchRequest.MAX_QUERY_LENGTH));
    }
    Map<Facet, String> filters = filters(request.filters(), wrong);
    if (!wrong.isEmpty()) {
      throw PortalException.invalid(wrong);
    }
    long kept =
        em.createNamedQuery(SavedSearch.COUNT_OF_ACCOUNT, Long.class)
            .setParameter("account", account)
            .getSingleResult();
    if (kept >= MAX_PER_PERSON) {
      throw PortalException.conflict(SignalCode.SAVED_SEARCHES_FULL, MAX_PER_PERSON);
    }
    SavedSearch saved = new SavedSearch(account, name, query, filters, clock.instant());
    em.persist(saved);
    try {
      saved.newAmong(search.search(viewer, saved.request()).hits(), clock.instant());
    } catch (RuntimeException indexNotReady) {
      // The first check learns what is there instead.
      LOG.log(Level.FINE, "Saved search not checked at once", indexNotReady);
    }
    return saved.view();
  }

  /**
   * Deletes one of the viewer's saved searches.
   *
   * @throws PortalException {@code NOT_FOUND} for another person's or an unknown one
   */
  public void delete(Viewer viewer, String id) {
    String account = signedIn(viewer);
    SavedSearch s = id == null ? null : em.find(SavedSearch.class, id);
    if (s == null || !s.accountId().equals(account)) {
      throw PortalException.notFound(SignalCode.SAVED_SEARCH_NOT_FOUND, String.valueOf(id));
    }
    em.remove(s);
  }

  /** The ids of all saved searches, for the job that checks them. */
  public List<String> ids() {
    return em.createNamedQuery(SavedSearch.ALL_IDS, String.class).getResultList();
  }

  /**
   * Runs one saved search as its owner and raises a notification for each hit it had not found
   * before. A search whose owner has ended finds nothing.
   *
   * @return how many new hits it found
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW) // one search, one transaction
  public int check(String id) {
    SavedSearch s = em.find(SavedSearch.class, id);
    if (s == null) {
      return 0;
    }
    List<Viewer> owner = accounts.viewersOf(List.of(s.accountId()));
    if (owner.isEmpty()) {
      return 0;
    }
    SearchResult result;
    try {
      result = search.search(owner.get(0), s.request());
    } catch (PortalException unreadable) {
      if (unreadable.kind() != TenantsException.Kind.INVALID) {
        throw unreadable; // the index is not ready: tried again at the next run
      }
      // A query the search cannot read (saved through the API; the page saves only what it
      // answered) finds nothing, now as ever.
      return 0;
    }
    List<SearchResult.Hit> fresh = s.newAmong(result.hits(), clock.instant());
    for (SearchResult.Hit h : fresh) {
      String link = h.link().startsWith("/") ? h.link().substring(1) : h.link();
      signals.fire(
          new Signal(
              SignalKind.SAVED_SEARCH_MATCH,
              null,
              null,
              // the entity's own id, which the subject checks know (the index's is "<kind>:<id>")
              SearchContributor.entityId(h.id()),
              h.title(),
              link,
              null,
              s.accountId(),
              null));
    }
    return fresh.size();
  }

  private static Map<Facet, String> filters(Map<String, String> given, List<Refusal> wrong) {
    Map<Facet, String> filters = new EnumMap<>(Facet.class);
    if (given == null) {
      return filters;
    }
    given.forEach(
        (param, value) -> {
          Facet facet =
              Arrays.stream(Facet.values())
                  .filter(f -> f.param().equals(param))
                  .findFirst()
                  .orElse(null);
          if (facet == null) {
            wrong.add(
                Refusal.onField(
                    "filters." + param,
                    SignalCode.FILTER_UNKNOWN,
                    param,
                    Arrays.stream(Facet.values()).map(Facet::param).toList()));
          } else if (value != null && value.strip().length() > 200) {
            wrong.add(Refusal.onField("filters." + param, CommonCode.TOO_LONG, 200));
          } else if (value != null && !value.isBlank()) {
            filters.put(facet, value.strip());
          }
        });
    return filters;
  }

  private static String signedIn(Viewer viewer) {
    if (viewer.isAnonymous()) {
      throw PortalException.forbidden(SignalCode.SIGN_IN);
    }
    return viewer.accountId();
  }
}
