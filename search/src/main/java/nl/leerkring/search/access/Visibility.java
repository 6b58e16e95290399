package nl.leerkring.search.access;

import java.util.Objects;
import nl.leerkring.tenants.tenancy.CircleId;
import nl.leerkring.tenants.tenancy.TenantId;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;

/**
 * Who may read an indexed document: the tenant that owns it, its {@link Scope} and, for {@link
 * Scope#CIRCLE}, the circle it was published to. {@link AccessFilter} matches viewers against
 * exactly these fields.
 *
 * <p>NOTE: immutable and thread-safe. A document carries exactly one visibility; {@link
 * #writeTo(Document)} refuses a document that already has one, because a second scope would widen
 * its audience.
 *
 * @param owner the tenant that owns (or published) the document
 * @param circle the audience circle; present for {@link Scope#CIRCLE} only
 */
public record Visibility(TenantId owner, Scope scope, CircleId circle) {

  static final String OWNER_FIELD = "access.owner";
  static final String SCOPE_FIELD = "access.scope";
  static final String CIRCLE_FIELD = "access.circle";

  public Visibility {
    Objects.requireNonNull(owner, "The owner tenant of a document is required.");
    Objects.requireNonNull(scope, "The scope of a document is required.");
    if (scope == Scope.CIRCLE && circle == null) {
      throw new IllegalArgumentException(
          "A CIRCLE document of tenant " + owner + " needs the circle it is published to.");
    }
    if (scope != Scope.CIRCLE && circle != null) {
      throw new IllegalArgumentException(
          "A "
              + scope
              + " document of tenant "
              + owner
              + " has no audience circle, got "
              + circle
              + ".");
    }
  }

  /** In the owner's private workspace. */
  public static Visibility privateTo(TenantId owner) {
    return new Visibility(owner, Scope.PRIVATE, null);
  }

  /** Published by the owner to one circle. */
  public static Visibility inCircle(TenantId owner, CircleId circle) {
    return new Visibility(owner, Scope.CIRCLE, circle);
  }

  /** Published by the owner to everybody. */
  public static Visibility publicFrom(TenantId owner) {
    return new Visibility(owner, Scope.PUBLIC, null);
  }

  /**
   * Adds this visibility to a document about to be indexed, as untokenised, unstored fields.
   *
   * @throws IllegalArgumentException when the document already carries a visibility
   */
  public void writeTo(Document document) {
    Objects.requireNonNull(document, "A document is required.");
    if (document.getField(OWNER_FIELD) != null
        || document.getField(SCOPE_FIELD) != null
        || document.getField(CIRCLE_FIELD) != null) {
      throw new IllegalArgumentException(
          "The document already has a visibility; refusing to add " + this + ".");
    }
    document.add(new StringField(OWNER_FIELD, owner.value(), Field.Store.NO));
    document.add(new StringField(SCOPE_FIELD, scope.name(), Field.Store.NO));
    if (circle != null) {
      document.add(new StringField(CIRCLE_FIELD, circle.value(), Field.Store.NO));
    }
  }
}
