package nl.leerkring.web.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Addresses of pages with their query parameters, blank ones left out, each value encoded. */
final class Links {

  private Links() {}

  /** {@code /context/app/<page>?k=v&…}; pairs with a null or blank value are left out. */
  static String to(String contextPath, String page, String... pairs) {
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      params.put(pairs[i], pairs[i + 1]);
    }
    return contextPath + "/app/" + page + query(params);
  }

  static String query(Map<String, String> params) {
    StringBuilder b = new StringBuilder();
    params.forEach(
        (k, v) -> {
          if (v != null && !v.isBlank()) {
            b.append(b.isEmpty() ? '?' : '&').append(k).append('=').append(encode(v));
          }
        });
    return b.toString();
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
