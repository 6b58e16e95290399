package nl.leerkring.web.api;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import nl.leerkring.portal.PortalException;
import nl.leerkring.portal.documents.DocumentCode;
import nl.leerkring.portal.documents.DocumentEdits;
import nl.leerkring.portal.documents.DocumentFilter;
import nl.leerkring.portal.documents.DocumentMetadata;
import nl.leerkring.portal.documents.Documents;
import nl.leerkring.portal.documents.Upload;
import nl.leerkring.portal.documents.Views.DocumentSummary;
import nl.leerkring.portal.documents.Views.DocumentView;
import nl.leerkring.portal.publishing.PublicationView;
import nl.leerkring.portal.search.SearchService;
import nl.leerkring.web.security.CurrentViewer;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The case documents of the signed-in member's own gemeente. */
@Path("documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentsResource {

  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject CurrentViewer current;

  @Inject SearchService search;

  @Inject Documents documents;

  @Inject DocumentEdits edits;

  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      summary =
          "Upload a case document: multipart with `file` and `metadata` (JSON: title, type, date, number,"
              + " programme, themes, tags, wijken, summary). With refresh=true the answer waits"
              + " until the document is searchable.")
  public Response upload(
      List<EntityPart> parts, @QueryParam("refresh") @DefaultValue("false") boolean refresh) {
    DocumentMetadata metadata = metadata(part(parts, "metadata"));
    DocumentView created =
        documents.upload(current.signedIn(), metadata, upload(part(parts, "file")));
    if (refresh) {
      search.catchUp();
    }
    return Response.created(uri.getBaseUriBuilder().path("documents").path(created.id()).build())
        .entity(created)
        .build();
  }

  @GET
  @Operation(
      summary =
          "The gemeente's own documents, newest first; filter by type, theme, wijk, year, q. With"
              + " trash=true the prullenbak instead: deleted documents, most recently deleted"
              + " first, with deletedAt, deletedBy and purgeAfter (filters do not apply).")
  public List<DocumentSummary> list(
      @QueryParam("type") String type,
      @QueryParam("theme") String theme,
      @QueryParam("wijk") String wijk,
      @QueryParam("year") Integer year,
      @QueryParam("q") String text,
      @QueryParam("trash") @DefaultValue("false") boolean trash) {
    if (trash) {
      return edits.trashed(current.signedIn());
    }
    return documents.list(current.signedIn(), new DocumentFilter(type, theme, wijk, year, text));
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Edit the description: {title, type, date, number, programme, themes, tags, wijken,"
              + " summary, version}; `version` is the one GET returned, else 409 and nothing is"
              + " saved. 400 lists every wrong field. The change is kept in the history.")
  public DocumentView edit(@PathParam("id") String id, Requests.DocumentChange change) {
    Requests.DocumentChange body = Requests.required(change);
    return edits.edit(current.signedIn(), id, body.metadata(), body.version());
  }

  @DELETE
  @Path("{id}")
  @Operation(
      summary =
          "Move the document into the prullenbak (204); restorable for portal.documents.trash-days"
              + " days, then removed for good. 409 while it is submitted or published somewhere:"
              + " withdraw it there first.")
  public Response delete(@PathParam("id") String id) {
    edits.trash(current.signedIn(), id);
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/restore")
  @Operation(
      summary =
          "Take the document out of the prullenbak (200 with the document); 409 when it is not in"
              + " the prullenbak, 404 when it does not exist (any more).")
  public DocumentView restore(@PathParam("id") String id) {
    return edits.restore(current.signedIn(), id);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One document with its files, earlier versions and annexes.")
  public DocumentView one(@PathParam("id") String id) {
    return documents.get(current.signedIn(), id);
  }

  @GET
  @Path("{id}/file")
  @Produces(MediaType.WILDCARD)
  @Operation(summary = "The current original file.")
  public Response original(@PathParam("id") String id) {
    return Downloads.of(documents.original(current.signedIn(), id));
  }

  @GET
  @Path("{id}/files/{fileId}")
  @Produces(MediaType.WILDCARD)
  @Operation(summary = "An earlier version or an annex.")
  public Response file(@PathParam("id") String id, @PathParam("fileId") String fileId) {
    return Downloads.of(documents.file(current.signedIn(), id, fileId));
  }

  @GET
  @Path("{id}/text")
  @Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
  @Operation(summary = "The text extracted from the current original.")
  public String text(@PathParam("id") String id) {
    return documents.text(current.signedIn(), id);
  }

  @PUT
  @Path("{id}/file")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      summary =
          "Upload a new version of the original (multipart `file`); earlier versions are kept.")
  public DocumentView replace(
      @PathParam("id") String id,
      List<EntityPart> parts,
      @QueryParam("refresh") @DefaultValue("false") boolean refresh) {
    DocumentView replaced =
        documents.replaceFile(current.signedIn(), id, upload(part(parts, "file")));
    if (refresh) {
      search.catchUp();
    }
    return replaced;
  }

  @POST
  @Path("{id}/annexes")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(summary = "Attach an annex (bijlage): multipart `file` and optional `title`.")
  public Response addAnnex(@PathParam("id") String id, List<EntityPart> parts) {
    EntityPart title = optionalPart(parts, "title");
    DocumentView document =
        documents.addAnnex(
            current.signedIn(),
            id,
            title == null ? null : text(title),
            upload(part(parts, "file")));
    return Response.created(uri.getBaseUriBuilder().path("documents").path(id).build())
        .entity(document)
        .build();
  }

  @POST
  @Path("{id}/publications")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Submit the document to a circle: {scope: CIRCLE|PUBLIC, circle: slug, excludeAnnexes: [file ids]}.")
  public Response submit(@PathParam("id") String id, Requests.PublicationRequest request) {
    Requests.PublicationRequest body = Requests.required(request);
    PublicationView publication =
        documents.submit(
            current.signedIn(), id, body.scope(), body.circle(), body.excludeAnnexes());
    return Response.created(
            uri.getBaseUriBuilder().path("publications").path(publication.id()).build())
        .entity(publication)
        .build();
  }

  private static EntityPart part(List<EntityPart> parts, String name) {
    EntityPart part = optionalPart(parts, name);
    if (part == null) {
      throw "file".equals(name)
          ? PortalException.invalidField("file", DocumentCode.FILE_REQUIRED)
          : PortalException.invalidField(name, DocumentCode.PART_REQUIRED, name);
    }
    return part;
  }

  private static EntityPart optionalPart(List<EntityPart> parts, String name) {
    return parts == null
        ? null
        : parts.stream().filter(p -> name.equals(p.getName())).findFirst().orElse(null);
  }

  private static Upload upload(EntityPart file) {
    return new Upload(
        file.getContent(),
        Requests.fileName(contentDisposition(file), file.getFileName().orElse(null)),
        file.getMediaType() == null ? null : file.getMediaType().toString());
  }

  private static String contentDisposition(EntityPart part) {
    return part.getHeaders().entrySet().stream()
        .filter(h -> h.getKey().equalsIgnoreCase("Content-Disposition") && !h.getValue().isEmpty())
        .map(h -> h.getValue().get(0))
        .findFirst()
        .orElse(null);
  }

  private static DocumentMetadata metadata(EntityPart part) {
    String json = text(part);
    if (NulInJson.holdsNul(json)) {
      throw PortalException.invalid(ApiCode.NUL_IN_BODY);
    }
    try {
      DocumentMetadata metadata = JSON.fromJson(json, DocumentMetadata.class);
      if (metadata == null) {
        throw PortalException.invalidField("metadata", DocumentCode.METADATA_REQUIRED);
      }
      return metadata;
    } catch (JsonbException e) {
      throw PortalException.invalidField("metadata", DocumentCode.METADATA_NOT_JSON);
    }
  }

  private static String text(EntityPart part) {
    try {
      byte[] bytes = part.getContent().readNBytes(64 * 1024 + 1);
      if (bytes.length > 64 * 1024) {
        throw PortalException.invalidField(
            part.getName(), DocumentCode.PART_TOO_LARGE, part.getName());
      }
      return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
