package nl.leerkring.portal.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import nl.leerkring.portal.koffer.TextListConverter;

/**
 * One item of a meeting's agenda, in its place. Its materials are ids of what the circle reads
 * (catalog items, method cards), checked by the boundary when added and resolved again when read,
 * so a withdrawn item disappears from the agenda.
 */
@Entity
@Table(name = "meeting_agenda_item")
public class AgendaItem extends MeetingPart {

  @Column(nullable = false)
  private int position;

  @Column(nullable = false, length = 200)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private AgendaKind kind;

  private Integer minutes;

  @Column(length = 200)
  private String presenter;

  @Convert(converter = TextListConverter.class)
  @Column(nullable = false, length = 8000)
  private List<String> materials = new ArrayList<>();

  protected AgendaItem() {}

  AgendaItem(
      Meeting meeting,
      int position,
      String title,
      AgendaKind kind,
      Integer minutes,
      String presenter,
      List<String> materials) {
    super(meeting);
    this.position = position;
    this.title = title;
    this.kind = kind;
    this.minutes = minutes;
    this.presenter = presenter;
    this.materials = new ArrayList<>(materials);
  }

  void placeAt(int position) {
    this.position = position;
  }

  public int position() {
    return position;
  }

  public String title() {
    return title;
  }

  public AgendaKind kind() {
    return kind;
  }

  public Integer minutes() {
    return minutes;
  }

  public String presenter() {
    return presenter;
  }

  public List<String> materials() {
    return List.copyOf(materials);
  }
}
