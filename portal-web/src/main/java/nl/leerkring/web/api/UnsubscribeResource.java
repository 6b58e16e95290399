package nl.leerkring.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import nl.leerkring.portal.mail.Mails;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The one-click unsubscribe of RFC 8058: the mail client posts {@code List-Unsubscribe=One-Click}
 * to the address in the mail's {@code List-Unsubscribe} header, without a sign-in or a page. The
 * link's secret is the proof, and it can only ever turn its one kind of mail off.
 */
@Path("unsubscribe")
public class UnsubscribeResource {

  @Inject Mails mails;

  @POST
  @Path("{token}")
  @Operation(
      summary = "Unsubscribe from the kind of notification mail the link came with (RFC 8058).",
      description = "Needs no sign-in; repeating it is harmless. An unknown link: 404.")
  public Response unsubscribe(@PathParam("token") String token) {
    mails.unsubscribe(token);
    return Response.noContent().build();
  }
}
