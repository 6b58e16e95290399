package nl.leerkring.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import nl.leerkring.portal.PortalException;

/**
 * Refuses a JSON body holding a NUL character (a raw 0 byte or the escape {@code \u0000}) with a
 * 400: no field can hold one, and PostgreSQL refuses it in text, which would end the request as a
 * server error after validation had passed. Only JSON bodies are read; uploads are not touched.
 */
@Provider
public class NulInJson implements ReaderInterceptor {

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    MediaType type = context.getMediaType();
    if (type != null && type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
      byte[] body = context.getInputStream().readAllBytes();
      if (holdsNul(body)) {
        throw PortalException.invalid(ApiCode.NUL_IN_BODY);
      }
      context.setInputStream(new ByteArrayInputStream(body));
    }
    return context.proceed();
  }

  static boolean holdsNul(byte[] body) {
    return holdsNul(new String(body, StandardCharsets.UTF_8)); // a 0 byte decodes to U+0000
  }

  static boolean holdsNul(String json) {
    return json.indexOf('\u0000') >= 0 || json.contains("\\u0000");
  }
}
