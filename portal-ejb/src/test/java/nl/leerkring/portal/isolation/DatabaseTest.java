package nl.leerkring.portal.isolation;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** A test class that shares one {@link TestDatabase} among its tests. */
public abstract class DatabaseTest {

  protected static TestDatabase db;

  @BeforeAll
  static void openDatabase() {
    db = new TestDatabase();
  }

  @AfterAll
  static void closeDatabase() {
    db.close();
  }
}
