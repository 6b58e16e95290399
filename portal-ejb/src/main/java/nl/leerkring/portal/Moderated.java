package nl.leerkring.portal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import nl.leerkring.tenants.Code;

/**
 * The moderation of what people write in a circle (a koffer comment, a post in a conversation):
 * readers report it, the circle's coordinators hide it with a reason its author sees, or show it
 * again. A hidden text is read only by the coordinators and its author. One rule for every
 * component that holds such texts, embedded in their rows.
 */
@Embeddable
public class Moderated {

  /** Whether readers see it. */
  public enum Status {
    VISIBLE,
    HIDDEN
  }

  /** The longest reason for hiding. */
  public static final int REASON_MAX = 2000;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Status status = Status.VISIBLE;

  @Column(name = "hidden_reason", length = REASON_MAX)
  private String hiddenReason;

  @Column(nullable = false)
  private int reports;

  public void report() {
    reports++;
  }

  /**
   * Hides it; {@code reasonRequired} is the component's code for a missing or too long reason,
   * refused on the field {@code reason}.
   */
  public void hide(String reason, Code reasonRequired) {
    if (reason == null || reason.isBlank() || reason.strip().length() > REASON_MAX) {
      throw PortalException.invalidField("reason", reasonRequired);
    }
    status = Status.HIDDEN;
    hiddenReason = reason.strip();
  }

  public void restore() {
    status = Status.VISIBLE;
    hiddenReason = null;
  }

  /** Who may read it: everyone who reads its place while visible, else coordinators and author. */
  public boolean readableBy(boolean coordinator, boolean author) {
    return status == Status.VISIBLE || coordinator || author;
  }

  public boolean isVisible() {
    return status == Status.VISIBLE;
  }

  public Status status() {
    return status;
  }

  public String hiddenReason() {
    return hiddenReason;
  }

  public int reports() {
    return reports;
  }
}
