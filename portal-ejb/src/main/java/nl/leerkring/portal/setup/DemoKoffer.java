package nl.leerkring.portal.setup;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import nl.leerkring.portal.koffer.MethodDraft;
import nl.leerkring.portal.koffer.Methods;
import nl.leerkring.portal.koffer.UseDraft;
import nl.leerkring.portal.koffer.Uses;
import nl.leerkring.portal.koffer.Views.MethodCardView;
import nl.leerkring.portal.koffer.Views.UseView;
import nl.leerkring.portal.publishing.Moderation;
import nl.leerkring.portal.publishing.PublicationView;
import nl.leerkring.tenants.accounts.Accounts;
import nl.leerkring.tenants.tenancy.Viewer;

/**
 * The demo's koffer: method cards written by the circle's gemeenten and their uses, from the
 * resources in {@code demo-koffer/} beside this class ({@code methods.json}, {@code uses.json}).
 * Everything goes through the real boundaries, as people would do it: each card is drafted by its
 * gemeente's demo member ({@code <slug>.lid}), submitted to the demo leerkring and approved by the
 * demo coordinator; a card with a {@code revision} is then edited, submitted again and approved, so
 * the koffer shows its history. Uses are recorded by the members of the gemeenten that used the
 * method; those marked {@code share} are submitted and approved, the others stay private.
 *
 * <p>Runs without a transaction of its own, like {@link DemoDocuments}: every boundary call is a
 * transaction bound to one tenant. It seeds on a fresh start; on a later start it only completes a
 * seeding that was interrupted, when the demo gemeenten hold some demo cards and no cards of their
 * own. A database whose demo gemeenten wrote cards themselves, or (after the first start) hold no
 * demo cards at all, is left alone.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoKoffer {

  private static final Logger LOG = Logger.getLogger(DemoKoffer.class.getName());

  static final String FOLDER = "demo-koffer/";
  static final String METHODS = FOLDER + "methods.json";
  static final String USES = FOLDER + "uses.json";

  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject Accounts accounts;

  @Inject Methods methods;

  @Inject Uses uses;

  @Inject Moderation moderation;

  /**
   * A demo method card.
   *
   * @param key how {@code uses.json} refers to it, e.g. {@code voorzorgcirkels}
   * @param gemeente the slug of the demo gemeente that writes it
   * @param card its first version
   * @param revision what its second version changes; null when it has one version
   */
  public record DemoMethod(String key, String gemeente, MethodDraft card, Revision revision) {

    /** The card as it reads after its revision (or as it is, without one). */
    public MethodDraft revised(Long version) {
      MethodDraft c = card;
      Revision r = revision == null ? new Revision(null, null, null, null) : revision;
      return new MethodDraft(
          c.name(),
          c.summary(),
          c.objective(),
          c.targetGroup(),
          r.steps() == null ? c.steps() : r.steps(),
          c.workingElements(),
          c.hoursPerWeek(),
          c.people(),
          c.budget(),
          c.preconditionsNote(),
          r.transferability() == null ? c.transferability() : r.transferability(),
          r.evidence() == null ? c.evidence() : r.evidence(),
          r.evidenceSource() == null ? c.evidenceSource() : r.evidenceSource(),
          c.themes(),
          c.wijktypes(),
          c.vraagstukken(),
          c.materials(),
          c.contact(),
          version);
    }
  }

  /** The fields a demo card's second version changes; null fields stay as they were. */
  public record Revision(
      List<String> steps, String evidence, String evidenceSource, String transferability) {}

  /**
   * A demo use.
   *
   * @param method the {@link DemoMethod#key() key} of the card used
   * @param gemeente the slug of the demo gemeente that used it
   * @param share whether the demo shares it with the leerkring; otherwise it stays private
   */
  public record DemoUse(String method, String gemeente, boolean share, UseDraft use) {}

  /** What a run did. */
  public record Outcome(int cards, int versions, int uses, int shared) {}

  /** Every demo card, in the order they are written. */
  public static List<DemoMethod> methods() {
    return read(METHODS, new ArrayList<DemoMethod>() {}.getClass().getGenericSuperclass());
  }

  /** Every demo use, in the order they are recorded. */
  public static List<DemoUse> uses() {
    return read(USES, new ArrayList<DemoUse>() {}.getClass().getGenericSuperclass());
  }

  /**
   * Writes, publishes and uses what is missing.
   *
   * @param fresh whether this start created demo gemeenten or accounts (a fresh database)
   */
  public Outcome seed(boolean fresh) {
    List<DemoMethod> all = methods();
    Map<String, Viewer> members = new LinkedHashMap<>();
    Map<String, MethodCardView> existing = new HashMap<>(); // demo key → card
    boolean foreign = false;
    for (DemoMethod m : all) {
      if (members.containsKey(m.gemeente())) {
        continue;
      }
      Viewer member = accounts.viewerOf(DemoDocument.memberOf(m.gemeente()));
      members.put(m.gemeente(), member);
      for (MethodCardView card : methods.list(member)) {
        DemoMethod demo =
            all.stream()
                .filter(o -> o.gemeente().equals(m.gemeente()))
                .filter(o -> o.card().name().equals(card.card().name()))
                .findFirst()
                .orElse(null);
        if (demo == null) {
          foreign = true;
        } else {
          existing.put(demo.key(), card);
        }
      }
    }
    if (foreign || (!fresh && existing.isEmpty())) {
      return new Outcome(0, 0, 0, 0); // not a demo seeding that was interrupted: not ours to touch
    }
    Viewer coordinator = accounts.viewerOf(DemoDocuments.COORDINATOR);
    int cards = 0;
    int versions = 0;
    Map<String, String> ids = new HashMap<>(); // demo key → card id
    for (DemoMethod m : all) {
      Viewer member = members.get(m.gemeente());
      MethodCardView card = existing.get(m.key());
      if (card == null) {
        card = methods.create(member, m.card());
        cards++;
      }
      ids.put(m.key(), card.id());
      if (publish(member, coordinator, card.id(), true)) {
        versions++;
      }
    }
    int recorded = 0;
    int shared = 0;
    for (DemoUse u : uses()) {
      String methodId = ids.get(u.method());
      if (methodId == null) {
        throw new IllegalStateException(USES + ": no demo card '" + u.method() + "'.");
      }
      Viewer member = members.computeIfAbsent(u.gemeente(), g -> memberOf(g));
      UseView use =
          uses.list(member, methodId).stream()
              .filter(o -> o.use().wijk().equals(u.use().wijk()))
              .filter(o -> o.use().from().equals(u.use().from()))
              .findFirst()
              .orElse(null);
      if (use == null) {
        use = uses.record(member, methodId, u.use());
        recorded++;
      }
      if (u.share()) {
        PublicationView pending = pending(use.publications(), member, 1);
        if (pending == NEW) {
          pending = uses.submit(member, use.id(), "CIRCLE", DemoData.CIRCLE);
        }
        if (pending != null) {
          moderation.approve(coordinator, pending.id());
          shared++;
        }
      }
    }
    for (DemoMethod m : all) {
      if (m.revision() == null) {
        continue;
      }
      Viewer member = members.get(m.gemeente());
      MethodCardView card = methods.get(member, ids.get(m.key()));
      MethodDraft revised = m.revised(null);
      boolean done =
          card.card().steps().equals(revised.steps())
              && card.card().evidence().equals(revised.evidence());
      boolean original =
          card.card().steps().equals(m.card().steps())
              && card.card().evidence().equals(m.card().evidence());
      if (original && card.publications().size() == 1) {
        card = methods.update(member, card.id(), m.revised(card.version()));
        done = true;
      }
      if (done && publish(member, coordinator, card.id(), false)) {
        versions++;
      }
    }
    if (cards + versions + recorded + shared > 0) {
      LOG.info(
          "Demo koffer: "
              + cards
              + " method cards written, "
              + versions
              + " versions published, "
              + recorded
              + " uses recorded, "
              + shared
              + " shared in the leerkring.");
    }
    return new Outcome(cards, versions, recorded, shared);
  }

  private Viewer memberOf(String slug) {
    return accounts.viewerOf(DemoDocument.memberOf(slug));
  }

  /**
   * Publishes the card's current version unless done: submits it when it was never submitted (or,
   * when {@code first} is false, when only its first version was published) and approves the demo's
   * own submission. Whether a version was approved now.
   */
  private boolean publish(Viewer member, Viewer coordinator, String cardId, boolean first) {
    List<PublicationView> shared = methods.get(member, cardId).publications();
    PublicationView pending = pending(shared, member, first ? 1 : 2);
    if (pending == NEW) {
      pending = methods.submit(member, cardId, "CIRCLE", DemoData.CIRCLE);
    }
    if (pending == null) {
      return false;
    }
    moderation.approve(coordinator, pending.id());
    return true;
  }

  /** Marks "submit a new one" in {@link #pending}. */
  private static final PublicationView NEW =
      new PublicationView(
          null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
          null, null, null, null, null, null, null);

  /**
   * The submission to approve: {@link #NEW} when the item has fewer than {@code wanted}
   * publications and none waits (the caller asks for a second only for a revised card); the demo's
   * own that an interrupted start left waiting; null when there is nothing to do or the item went
   * its own way since (published, withdrawn, returned or submitted again by a person).
   */
  private static PublicationView pending(List<PublicationView> shared, Viewer member, int wanted) {
    if (shared.isEmpty()) {
      return NEW;
    }
    PublicationView latest = shared.get(0); // newest first
    if (latest.status().equals("SUBMITTED")) {
      return shared.size() <= wanted && member.username().equals(latest.submittedBy())
          ? latest
          : null;
    }
    if (shared.size() < wanted && latest.status().equals("PUBLISHED")) {
      return NEW; // the card was revised after its only published version
    }
    return null;
  }

  private static <T> List<T> read(String resource, Type type) {
    try (InputStream in = DemoKoffer.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing demo resource " + resource + ".");
      }
      List<T> out = JSON.fromJson(in, type);
      return List.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
