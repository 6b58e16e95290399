package nl.leerkring.portal.meetings;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import nl.leerkring.portal.PortalException;
import nl.leerkring.portal.meetings.Views.Calendar;
import nl.leerkring.tenants.TenantsException;
import nl.leerkring.tenants.accounts.Account;
import nl.leerkring.tenants.accounts.Accounts;
import nl.leerkring.tenants.tenancy.CircleGrant;
import nl.leerkring.tenants.tenancy.Viewer;

/**
 * Personal calendar feeds: the meetings of every circle a person takes part in, behind a secret
 * link that the person can renew or revoke. The feed is computed with the person's own access at
 * the moment it is read, so a person who leaves a circle, or whose account is deactivated, stops
 * seeing its meetings at once.
 */
@Stateless
public class CalendarFeeds {

  @PersistenceContext EntityManager em;

  @Inject Accounts accounts;

  Clock clock = Clock.systemUTC();

  /** The viewer's feed, made on first asking; {@code base} is the portal's address. */
  public Views.FeedLink link(Viewer viewer, String base) {
    requireSignedIn(viewer);
    CalendarFeed feed = em.find(CalendarFeed.class, viewer.accountId());
    if (feed == null) {
      feed = new CalendarFeed(viewer.accountId(), clock.instant());
      em.persist(feed);
    }
    return view(feed, base);
  }

  /** A new secret: the old link stops working. */
  public Views.FeedLink renew(Viewer viewer, String base) {
    requireSignedIn(viewer);
    CalendarFeed feed = em.find(CalendarFeed.class, viewer.accountId());
    if (feed == null) {
      feed = new CalendarFeed(viewer.accountId(), clock.instant());
      em.persist(feed);
    } else {
      feed.renew(clock.instant());
    }
    return view(feed, base);
  }

  /** The link stops working; asking for it again makes a new one. */
  public void revoke(Viewer viewer) {
    requireSignedIn(viewer);
    CalendarFeed feed = em.find(CalendarFeed.class, viewer.accountId());
    if (feed != null) {
      em.remove(feed);
    }
  }

  /**
   * The calendar behind a secret, read with its owner's access now; an unknown or revoked secret,
   * or a deactivated account, is "not found".
   */
  public Calendar feed(String secret, String base) {
    CalendarFeed feed =
        secret == null || secret.length() > 64
            ? null
            : em.createNamedQuery(CalendarFeed.BY_SECRET, CalendarFeed.class)
                .setParameter("secret", secret)
                .getResultStream()
                .findFirst()
                .orElse(null);
    Account account = feed == null ? null : em.find(Account.class, feed.accountId());
    Viewer owner = account == null || !account.isActive() ? null : viewerOf(account);
    if (owner == null) {
      throw PortalException.notFound(MeetingCode.FEED_NOT_FOUND);
    }
    List<String> circles =
        owner.circles().stream()
            .filter(g -> Participation.of(owner, g.circle().value()).participates())
            .map(CircleGrant::circle)
            .map(c -> c.value())
            .distinct()
            .toList();
    List<Meeting> meetings =
        circles.isEmpty()
            ? List.of()
            : em.createNamedQuery(Meeting.OF_CIRCLES, Meeting.class)
                .setParameter("circles", circles)
                .getResultList();
    return new Calendar(
        "leerkring.ics",
        CalendarWriter.feed("Leerkring", meetings, m -> base + Meetings.link(m.id())));
  }

  private Viewer viewerOf(Account account) {
    try {
      return accounts.viewerOf(account.username());
    } catch (TenantsException gone) {
      return null;
    }
  }

  private static Views.FeedLink view(CalendarFeed feed, String base) {
    return new Views.FeedLink(base + "/api/calendar/" + feed.secret() + ".ics", feed.createdAt());
  }

  private static void requireSignedIn(Viewer viewer) {
    if (viewer == null || viewer.isAnonymous()) {
      throw new PortalException(TenantsException.Kind.UNAUTHENTICATED, MeetingCode.SIGN_IN);
    }
  }
}
