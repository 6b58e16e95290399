package nl.leerkring.portal.documents;

import static nl.leerkring.portal.documents.TextExtractor.MAX_EMBEDDED_DEPTH;
import static nl.leerkring.portal.documents.TextExtractor.MAX_EMBEDDED_DOCUMENTS;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipException;
import nl.leerkring.portal.PortalException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.io.TemporaryResources;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Parses embedded documents through Tika's own extractor, skipping images, sound and video, and
 * keeps count: more than {@link TextExtractor#MAX_EMBEDDED_DOCUMENTS}, nesting deeper than {@link
 * TextExtractor#MAX_EMBEDDED_DEPTH}, or an embedded zip that {@link ZipScan} refuses, refuses the
 * whole file. The parse is then stopped with an exception, but container parsers may swallow that,
 * so the verdict is also kept and checked after the parse. NOTE: one instance per parse, which runs
 * on one thread.
 */
final class LimitedEmbeddedExtractor implements EmbeddedDocumentExtractor {
  private final ParsingEmbeddedDocumentExtractor delegate;
  private final String name;
  private final ZipScan zipScan;
  private int depth;
  private int count;
  private PortalException refusal;

  LimitedEmbeddedExtractor(ParseContext context, String name, ZipScan zipScan) {
    this.delegate = new ParsingEmbeddedDocumentExtractor(context);
    this.delegate.setWriteFileNameToContent(false);
    this.name = name;
    this.zipScan = zipScan;
  }

  @Override
  public boolean shouldParseEmbedded(Metadata metadata) {
    if (refusal != null) {
      return false;
    }
    String type = metadata.get(Metadata.CONTENT_TYPE);
    if (type != null
        && (type.startsWith("image/") || type.startsWith("audio/") || type.startsWith("video/"))) {
      return false;
    }
    return delegate.shouldParseEmbedded(metadata);
  }

  @Override
  public void parseEmbedded(
      InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
      throws SAXException, IOException {
    if (refusal != null) {
      throw new SAXException(refusal.getMessage());
    }
    if (++count > MAX_EMBEDDED_DOCUMENTS) {
      refuse(DocumentCode.TOO_MANY_EMBEDDED, MAX_EMBEDDED_DOCUMENTS);
    }
    if (depth + 1 > MAX_EMBEDDED_DEPTH) {
      refuse(DocumentCode.EMBEDDED_TOO_DEEP, MAX_EMBEDDED_DEPTH);
    }
    try (TemporaryResources tmp = new TemporaryResources()) {
      TikaInputStream in = TikaInputStream.get(stream, tmp, metadata);
      byte[] head = new byte[ZipScan.ZIP_HEADER.length];
      if (in.peek(head) == head.length && Arrays.equals(head, ZipScan.ZIP_HEADER)) {
        Optional<ZipScan.Verdict> verdict;
        try {
          verdict = zipScan.check(in.getPath());
        } catch (ZipException e) {
          return; // a damaged part is left out, rather than salvaged by Tika unchecked
        }
        if (verdict.isPresent()) {
          refusal = verdict.get().refusal(name);
          throw new SAXException(refusal.getMessage());
        }
      }
      depth++;
      try {
        delegate.parseEmbedded(in, handler, metadata, outputHtml);
      } finally {
        depth--;
      }
    }
  }

  private void refuse(DocumentCode code, int limit) throws SAXException {
    refusal = PortalException.invalidField("file", code, name, limit);
    throw new SAXException(refusal.getMessage());
  }

  void throwIfRefused() {
    if (refusal != null) {
      throw refusal;
    }
  }
}
