package nl.leerkring.portal.signals;

import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.leerkring.portal.PortalException;
import nl.leerkring.portal.signals.SignalKind.ActivityGroup;
import nl.leerkring.tenants.TenantsException;
import nl.leerkring.tenants.directory.CircleView;
import nl.leerkring.tenants.directory.Circles;
import nl.leerkring.tenants.tenancy.CircleId;
import nl.leerkring.tenants.tenancy.Viewer;

/**
 * A circle's activity (F8 part 6): what changed since one's last visit, read from the same signals
 * the inbox is made of. Only kinds that are the circle's news count ({@link
 * SignalKind#activityGroup}), for someone who reads the circle, and each only while its subject is
 * still readable to them ({@link SubjectAccess}: a withdrawn item, a thread about it). Changes to
 * one subject are one entry, at its newest change.
 */
@Stateless
public class Activity {

  static final int PAGE_SIZE = 20;

  /** The most changes read for one page: older ones fall off. */
  static final int WINDOW = 2000;

  /** Without a visit, "since" is this long ago. */
  static final Duration FIRST_VISIT = Duration.ofDays(30);

  @PersistenceContext EntityManager em;

  @Inject Circles circles;

  @Inject Instance<SubjectAccess> subjects;

  Clock clock = Clock.systemUTC();

  /**
   * A page of the circle's activity since {@code since} (an ISO date or date-time), or since the
   * viewer's last visit; asking for the first page without {@code since} records this visit.
   */
  public ActivityPage ofCircle(Viewer viewer, String slug, String since, String kind, int page) {
    CircleView circle = readableCircle(viewer, slug);
    Instant now = clock.instant();
    CircleVisit visit =
        viewer.isAnonymous()
            ? null
            : em.find(CircleVisit.class, new PerAccount(viewer.accountId(), circle.id()));
    Instant from = parseSince(since);
    ActivityGroup group = parseGroup(kind);
    if (from == null) {
      from = visit == null ? now.minus(FIRST_VISIT) : visit.visitedAt();
    }
    Set<SignalKind> kinds = EnumSet.noneOf(SignalKind.class);
    for (SignalKind k : SignalKind.values()) {
      if (k.activityGroup() != null && (group == null || k.activityGroup() == group)) {
        kinds.add(k);
      }
    }
    Map<String, ActivityItem> bySubject = new LinkedHashMap<>();
    for (SignalEntry e :
        em.createNamedQuery(SignalEntry.OF_CIRCLE_SINCE, SignalEntry.class)
            .setParameter("circle", circle.id())
            .setParameter("since", from)
            .setParameter("kinds", kinds)
            .setMaxResults(WINDOW)
            .getResultList()) {
      Signal s = e.signal();
      String key = s.kind().activityGroup() + ":" + s.subjectId();
      ActivityItem seen = bySubject.get(key);
      if (seen != null) {
        bySubject.put(key, seen.andOneMore());
      } else if (Signals.readable(subjects, viewer, s.subjectId())) {
        bySubject.put(
            key,
            new ActivityItem(
                s.kind().name(),
                s.kind().activityGroup().name(),
                s.title(),
                s.link(),
                e.createdAt(),
                1));
      }
    }
    List<ActivityItem> all = new ArrayList<>(bySubject.values());
    int p = Math.max(1, page);
    List<ActivityItem> items =
        all.subList(Math.min(all.size(), (p - 1) * PAGE_SIZE), Math.min(all.size(), p * PAGE_SIZE));
    if (since == null || since.isBlank()) {
      if (p == 1 && !viewer.isAnonymous()) {
        if (visit == null) {
          em.persist(new CircleVisit(viewer.accountId(), circle.id(), now));
        } else {
          visit.visited(now);
        }
      }
    }
    return new ActivityPage(circle.slug(), circle.name(), from, List.copyOf(items), all.size(), p);
  }

  private CircleView readableCircle(Viewer viewer, String slug) {
    CircleView circle;
    try {
      circle = slug == null ? null : circles.bySlug(slug);
    } catch (TenantsException unknown) {
      circle = null;
    }
    if (circle == null || viewer.isAnonymous() || !viewer.takesPartIn(new CircleId(circle.id()))) {
      throw PortalException.notFound(SignalCode.CIRCLE_NOT_FOUND, String.valueOf(slug));
    }
    return circle;
  }

  /** An ISO date (its start, Dutch time) or date-time with offset; blank is none. */
  static Instant parseSince(String since) {
    if (since == null || since.isBlank()) {
      return null;
    }
    String s = since.strip();
    try {
      return s.length() == 10
          ? LocalDate.parse(s).atStartOfDay(Digests.HERE).toInstant()
          : OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeParseException e) {
      throw PortalException.invalidField("since", SignalCode.SINCE_UNREADABLE, s);
    }
  }

  static ActivityGroup parseGroup(String kind) {
    if (kind == null || kind.isBlank()) {
      return null;
    }
    try {
      return ActivityGroup.valueOf(kind.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw PortalException.invalidField(
          "kind", SignalCode.ACTIVITY_KIND_UNKNOWN, kind, Arrays.toString(ActivityGroup.values()));
    }
  }

  /**
   * One subject's change: its newest kind, its title as the circle reads it, where it is, when, and
   * how many changes it had since.
   */
  public record ActivityItem(
      String kind, String group, String title, String link, Instant at, int changes) {
    ActivityItem andOneMore() {
      return new ActivityItem(kind, group, title, link, at, changes + 1);
    }
  }

  /** A page of a circle's activity. */
  public record ActivityPage(
      String circle,
      String circleName,
      Instant since,
      List<ActivityItem> items,
      int total,
      int page) {}
}
