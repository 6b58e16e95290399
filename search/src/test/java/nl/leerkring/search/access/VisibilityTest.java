package nl.leerkring.search.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.leerkring.tenants.tenancy.CircleId;
import nl.leerkring.tenants.tenancy.TenantId;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;

class VisibilityTest {

  private static final TenantId DUIVEN = new TenantId("tenant-duiven");
  private static final CircleId WIJKAANPAK = new CircleId("circle-wijkaanpak");

  @Test
  void factoriesDescribeTheAudience() {
    assertEquals(new Visibility(DUIVEN, Scope.PRIVATE, null), Visibility.privateTo(DUIVEN));
    assertEquals(
        new Visibility(DUIVEN, Scope.CIRCLE, WIJKAANPAK), Visibility.inCircle(DUIVEN, WIJKAANPAK));
    assertEquals(new Visibility(DUIVEN, Scope.PUBLIC, null), Visibility.publicFrom(DUIVEN));
  }

  @Test
  void circleDocumentNeedsItsCircle() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> new Visibility(DUIVEN, Scope.CIRCLE, null));

    assertTrue(e.getMessage().contains(DUIVEN.value()), e.getMessage());
  }

  @Test
  void privateOrPublicDocumentHasNoCircle() {
    assertThrows(
        IllegalArgumentException.class, () -> new Visibility(DUIVEN, Scope.PRIVATE, WIJKAANPAK));
    assertThrows(
        IllegalArgumentException.class, () -> new Visibility(DUIVEN, Scope.PUBLIC, WIJKAANPAK));
  }

  @Test
  void ownerAndScopeAreRequired() {
    assertThrows(NullPointerException.class, () -> new Visibility(null, Scope.PUBLIC, null));
    assertThrows(NullPointerException.class, () -> new Visibility(DUIVEN, null, null));
  }

  @Test
  void circleDocumentGetsOwnerScopeAndCircleAsUnstoredExactTerms() {
    Document document = new Document();

    Visibility.inCircle(DUIVEN, WIJKAANPAK).writeTo(document);

    assertEquals(3, document.getFields().size());
    assertEquals(DUIVEN.value(), document.get(Visibility.OWNER_FIELD));
    assertEquals("CIRCLE", document.get(Visibility.SCOPE_FIELD));
    assertEquals(WIJKAANPAK.value(), document.get(Visibility.CIRCLE_FIELD));
    for (IndexableField field : document.getFields()) {
      assertFalse(field.fieldType().stored(), field.name());
      assertFalse(field.fieldType().tokenized(), field.name());
      assertEquals(IndexOptions.DOCS, field.fieldType().indexOptions(), field.name());
    }
  }

  @Test
  void privateAndPublicDocumentsGetNoCircleField() {
    Document privateDocument = new Document();
    Document publicDocument = new Document();

    Visibility.privateTo(DUIVEN).writeTo(privateDocument);
    Visibility.publicFrom(DUIVEN).writeTo(publicDocument);

    assertEquals("PRIVATE", privateDocument.get(Visibility.SCOPE_FIELD));
    assertEquals("PUBLIC", publicDocument.get(Visibility.SCOPE_FIELD));
    assertNull(privateDocument.getField(Visibility.CIRCLE_FIELD));
    assertNull(publicDocument.getField(Visibility.CIRCLE_FIELD));
  }

  @Test
  void documentKeepsItsOwnFields() {
    Document document = new Document();
    document.add(new StringField("id", "nota-1", Field.Store.YES));

    Visibility.privateTo(DUIVEN).writeTo(document);

    assertEquals("nota-1", document.get("id"));
    assertEquals(
        List.of("id", Visibility.OWNER_FIELD, Visibility.SCOPE_FIELD),
        document.getFields().stream().map(IndexableField::name).toList());
  }

  @Test
  void documentHasOneVisibilityOnly() {
    Document document = new Document();
    Visibility.privateTo(DUIVEN).writeTo(document);

    assertThrows(
        IllegalArgumentException.class, () -> Visibility.publicFrom(DUIVEN).writeTo(document));
    assertEquals("PRIVATE", document.get(Visibility.SCOPE_FIELD));
    assertEquals(1, document.getFields(Visibility.SCOPE_FIELD).length);
  }
}
