package nl.leerkring.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import nl.leerkring.portal.cofinancing.Hours;
import nl.leerkring.portal.cofinancing.Money;
import nl.leerkring.portal.koffer.Koffer;
import nl.leerkring.portal.koffer.Ranking;
import nl.leerkring.portal.koffer.UseDraft;
import nl.leerkring.portal.koffer.Uses;
import nl.leerkring.portal.koffer.Views.CommentView;
import nl.leerkring.portal.koffer.Views.KofferCard;
import nl.leerkring.portal.koffer.Views.UseOnCard;
import nl.leerkring.portal.koffer.Views.UseView;
import nl.leerkring.portal.koffer.Views.VersionView;
import nl.leerkring.portal.koffer.Vocabularies;
import nl.leerkring.tenants.tenancy.Viewer;
import nl.leerkring.web.pages.ReasonTexts;
import nl.leerkring.web.security.CurrentViewer;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The koffer as readers use it: published method cards with their versions, uses and comments;
 * recording a use in one's own gemeente; "which method fits?". A method the viewer may not read is
 * 404, like one that does not exist.
 */
@Path("koffer")
@Produces(MediaType.APPLICATION_JSON)
public class KofferResource {

  @Inject CurrentViewer current;

  @Inject Koffer koffer;

  @Inject Uses uses;

  @Inject Vocabularies vocabularies;

  @Context UriInfo uri;

  @Context HttpHeaders headers;

  private static final Locale DUTCH = Locale.forLanguageTag("nl");

  @GET
  @Path("vocabulary")
  @Operation(summary = "The wijk types and vraagstukken the viewer can use.")
  public List<Vocabularies.Term> vocabulary() {
    return vocabularies.visible(current.signedIn());
  }

  @GET
  @Path("{id}")
  @Operation(
      summary =
          "A method (by its card id) with its current version, versions, uses, related documents"
              + " and cards, and comments.")
  public KofferCard card(@PathParam("id") String id) {
    return koffer.card(current.signedIn(), id);
  }

  @GET
  @Path("{id}/versions")
  @Operation(summary = "Every published version of the method, newest first.")
  public List<VersionView> versions(@PathParam("id") String id) {
    return koffer.versions(current.signedIn(), id);
  }

  @GET
  @Path("{id}/uses")
  @Operation(summary = "Uses of the method: shared by any gemeente, and your own gemeente's.")
  public List<UseOnCard> uses(@PathParam("id") String id) {
    return koffer.uses(current.signedIn(), id);
  }

  @POST
  @Path("{id}/uses")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Record a use in your own gemeente: wijk, wijktype, from, until, programmeAction,"
              + " whatHappened, whatWorked, whatToChange, rating (1–5), documents. Private until"
              + " shared through POST /api/uses/{id}/publications.")
  public Response recordUse(@PathParam("id") String id, UseDraft draft) {
    UseView use = uses.record(current.signedIn(), id, Requests.required(draft));
    return Response.created(uri.getBaseUriBuilder().path("uses").path(use.id()).build())
        .entity(use)
        .build();
  }

  @GET
  @Path("{id}/comments")
  @Operation(summary = "Comments under the method.")
  public List<CommentView> comments(@PathParam("id") String id) {
    return koffer.comments(current.signedIn(), id);
  }

  @POST
  @Path("{id}/comments")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Comment on a published method: {body}.")
  public Response comment(@PathParam("id") String id, Requests.CommentRequest request) {
    CommentView created = koffer.comment(current.signedIn(), id, Requests.required(request).body());
    return Response.status(Response.Status.CREATED).entity(created).build();
  }

  @POST
  @Path("comments/{commentId}/reports")
  @Operation(summary = "Report a comment to the circle's coordinators.")
  public CommentView report(@PathParam("commentId") String commentId) {
    return koffer.reportComment(current.signedIn(), commentId);
  }

  @POST
  @Path("comments/{commentId}/hide")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Hide a comment, with a reason its author sees (coordinators).")
  public CommentView hide(@PathParam("commentId") String commentId, Requests.Reason request) {
    return koffer.hideComment(current.signedIn(), commentId, Requests.required(request).reason());
  }

  @POST
  @Path("comments/{commentId}/restore")
  @Operation(summary = "Show a hidden comment again (coordinators).")
  public CommentView restore(@PathParam("commentId") String commentId) {
    return koffer.restoreComment(current.signedIn(), commentId);
  }

  @POST
  @Path("recommendations")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Which method fits? {wijktype, vraagstukken, themes, capacity: {hoursPerWeek, people,"
              + " budget}} → ranked [{methodId, name, score, reasons: [{code, points, args,"
              + " text}]}]. A reason's code (e.g. used-in-similar-wijken) and typed args are for"
              + " programs; text words them for people, in Dutch unless Accept-Language prefers"
              + " English.")
  public List<Fit> recommend(SituationRequest situation) {
    Viewer viewer = current.signedIn();
    List<Ranking.Recommendation> ranked =
        koffer.recommend(viewer, situation == null ? null : situation.situation());
    ReasonTexts words = ReasonTexts.of(language(), vocabularies.visible(viewer));
    return ranked.stream()
        .map(
            r ->
                new Fit(
                    r.methodId(),
                    r.name(),
                    r.score(),
                    r.reasons().stream()
                        .map(
                            x -> new FitReason(x.code().key(), x.points(), x.args(), words.text(x)))
                        .toList()))
        .toList();
  }

  /** A situation as clients send it; hours and euros as plain decimals. */
  public record SituationRequest(
      String wijktype, List<String> vraagstukken, List<String> themes, CapacityRequest capacity) {
    Ranking.Situation situation() {
      return new Ranking.Situation(
          wijktype, vraagstukken, themes, capacity == null ? null : capacity.capacity());
    }
  }

  /** What the gemeente can put in; a negative figure or more than two decimals is a 400. */
  public record CapacityRequest(BigDecimal hoursPerWeek, Integer people, BigDecimal budget) {
    Ranking.Capacity capacity() {
      return new Ranking.Capacity(
          hoursPerWeek == null ? null : Hours.of(hoursPerWeek),
          people,
          budget == null ? null : Money.of(budget));
    }
  }

  /** A ranked method as the API gives it. */
  public record Fit(String methodId, String name, BigDecimal score, List<FitReason> reasons) {}

  /**
   * One reason: its stable {@code code}, the points, the typed arguments, and a readable {@code
   * text}.
   */
  public record FitReason(String code, BigDecimal points, Ranking.ReasonArgs args, String text) {}

  /** English when the client prefers it, otherwise Dutch (the portal's language). */
  private Locale language() {
    for (Locale l : headers.getAcceptableLanguages()) {
      if ("en".equals(l.getLanguage())) {
        return Locale.ENGLISH;
      }
      if ("nl".equals(l.getLanguage())) {
        break;
      }
    }
    return DUTCH;
  }

  /** Kept here so the OpenAPI document groups uses with the koffer. */
  @GET
  @Path("uses/mine")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Your gemeente's own recorded uses, of any method (optional ?method=).")
  public List<UseView> mine(@QueryParam("method") String method) {
    return uses.list(current.signedIn(), method);
  }
}
