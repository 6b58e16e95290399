package nl.leerkring.portal.meetings;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * What a meeting is about, read and checked from a {@link MeetingDraft}: every wrong field is
 * reported at once, and nothing is saved.
 *
 * @param hostTenant the tenant id of the host gemeente, or null
 * @param capacity places for those who say yes; null is no limit
 */
record MeetingDetails(
    String title,
    LocalDateTime start,
    LocalDateTime end,
    String place,
    String onlineUrl,
    String hostTenant,
    Integer capacity,
    String description) {

  static final int TITLE_MAX = 200;
  static final int PLACE_MAX = 500;
  static final int URL_MAX = 1000;
  static final int DESCRIPTION_MAX = 8000;

  /**
   * @param members the circle's gemeenten: slug to tenant id; the host must be one of them
   */
  static MeetingDetails read(MeetingDraft draft, Map<String, String> members) {
    Codes c = new Codes();
    String title = c.required("title", draft.title(), TITLE_MAX);
    LocalDateTime start = c.dateTime("start", draft.start());
    LocalDateTime end = c.dateTime("end", draft.end());
    if (start != null && end != null && !end.isAfter(start)) {
      c.refuse("end", MeetingCode.END_BEFORE_START);
    }
    String place = c.optional("place", draft.place(), PLACE_MAX);
    String url = c.optional("onlineUrl", draft.onlineUrl(), URL_MAX);
    if (url != null && !webAddress(url)) {
      c.refuse("onlineUrl", MeetingCode.ONLINE_URL_INVALID);
    }
    String host = null;
    if (draft.host() != null && !draft.host().isBlank()) {
      host = members.get(draft.host().strip());
      if (host == null) {
        c.refuse("host", MeetingCode.HOST_NOT_MEMBER, draft.host());
      }
    }
    if (draft.capacity() != null && draft.capacity() < 0) {
      c.refuse("capacity", MeetingCode.CAPACITY_NEGATIVE);
    }
    String description = c.optional("description", draft.description(), DESCRIPTION_MAX);
    c.done();
    return new MeetingDetails(title, start, end, place, url, host, draft.capacity(), description);
  }

  /** Only http(s) links with a host: a calendar or a page must never carry javascript: links. */
  private static boolean webAddress(String url) {
    try {
      URI uri = new URI(url);
      return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
          && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
