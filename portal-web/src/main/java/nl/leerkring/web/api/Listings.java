package nl.leerkring.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import nl.leerkring.portal.PortalException;
import nl.leerkring.portal.publishing.Listing;
import nl.leerkring.portal.publishing.Paging;
import nl.leerkring.portal.publishing.PublicationCode;

/**
 * Paged lists over REST. The body stays the JSON array it was before lists were paged, so existing
 * clients read it unchanged: without {@code page} and {@code size} it is still the whole list. The
 * whole is counted in {@code X-Total-Count}, and a page links its neighbours in {@code Link} (RFC
 * 8288: first, prev, next, last), as GitHub's API does.
 */
final class Listings {

  static final String TOTAL = "X-Total-Count";

  private Listings() {}

  /** The page asked for by the query parameters {@code page} (from 1) and {@code size}. */
  static Paging paging(String page, String size) {
    if ((page == null || page.isBlank()) && (size == null || size.isBlank())) {
      return Paging.whole();
    }
    return Paging.of(
        whole("page", page, PublicationCode.PAGE_INVALID, page),
        whole("size", size, PublicationCode.SIZE_INVALID, Paging.MAX_SIZE));
  }

  static Response of(Listing<?> listing, UriInfo uri) {
    Response.ResponseBuilder answer = Response.ok(listing.items()).header(TOTAL, listing.total());
    if (listing.size() > Paging.MAX_SIZE) {
      return answer.build(); // the whole list, asked for by asking no page
    }
    List<String> links = new ArrayList<>();
    links.add(link(uri, 1, listing.size(), "first"));
    if (listing.hasPrevious()) {
      links.add(link(uri, Math.min(listing.page() - 1, listing.pages()), listing.size(), "prev"));
    }
    if (listing.hasNext()) {
      links.add(link(uri, listing.page() + 1, listing.size(), "next"));
    }
    links.add(link(uri, listing.pages(), listing.size(), "last"));
    return answer.header("Link", String.join(", ", links)).build();
  }

  private static String link(UriInfo uri, int page, int size, String rel) {
    return "<"
        + uri.getRequestUriBuilder()
            .replaceQueryParam("page", page)
            .replaceQueryParam("size", size)
            .build()
        + ">; rel=\""
        + rel
        + "\"";
  }

  private static Integer whole(
      String field, String text, PublicationCode refusal, Object argument) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      throw PortalException.invalidField(field, refusal, argument);
    }
  }
}
