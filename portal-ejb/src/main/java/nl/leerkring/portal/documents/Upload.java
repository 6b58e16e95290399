package nl.leerkring.portal.documents;

import java.io.InputStream;

/** A file as it arrives: its bytes, the name and the content type the client gave. */
public record Upload(InputStream content, String fileName, String declaredContentType) {}
