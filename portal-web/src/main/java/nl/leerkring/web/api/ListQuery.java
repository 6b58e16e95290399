package nl.leerkring.web.api;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.leerkring.portal.publishing.Listing;
import nl.leerkring.portal.publishing.Paging;

/**
 * The query every paged list of a circle takes (catalog, reports, moderation): {@code kind} and
 * {@code q} narrow it, {@code page} and {@code size} page it as {@link Listings} describes, and the
 * request's own address is where the {@code Link} header points.
 */
public class ListQuery {

  @QueryParam("kind")
  String kind;

  @QueryParam("q")
  String q;

  @QueryParam("page")
  String page;

  @QueryParam("size")
  String size;

  @Context UriInfo uri;

  Paging paging() {
    return Listings.paging(page, size);
  }

  /** The page as the answer: its items, with the whole counted and the other pages linked. */
  Response answer(Listing<?> listing) {
    return Listings.of(listing, uri);
  }
}
