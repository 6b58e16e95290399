package nl.leerkring.portal.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.zip.Deflater;
import nl.leerkring.portal.blobs.BlobId;
import nl.leerkring.tenants.tenancy.TenantId;
import org.junit.jupiter.api.Test;

class TenantExportTest {

  private static final Instant START = Instant.parse("2026-12-07T04:00:00Z");
  private static final Duration SILENCE = Duration.ofMinutes(5);
  private static final BlobId ZIP = new BlobId("a".repeat(64));

  private final TenantExport export =
      new TenantExport(new TenantId("t-1"), "duiven.beheer", "node-a", START);

  @Test
  void aRunningExportWithARecentHeartbeatIsAliveAndNotGivenUp() {
    export.advance(40, START.plus(Duration.ofMinutes(4)));

    Instant now = START.plus(Duration.ofMinutes(8));
    assertTrue(export.alive(now, SILENCE));
    assertFalse(export.abandonIfSilent(now, SILENCE));
    assertEquals(TenantExport.Status.RUNNING, export.status());
    assertEquals(40, export.progress());
  }

  @Test
  void aRunningExportSilentForLongerThanTheLimitIsFailedAsAbandoned() {
    export.advance(40, START.plus(Duration.ofMinutes(1)));
    Instant now = START.plus(Duration.ofMinutes(6)).plusSeconds(1);

    assertFalse(export.alive(now, SILENCE));
    assertTrue(export.abandonIfSilent(now, SILENCE));
    assertEquals(TenantExport.Status.FAILED, export.status());
    assertEquals(TransferCode.EXPORT_ABANDONED, export.failure());
    assertEquals(now, export.finishedAt());
    assertFalse(export.abandonIfSilent(now.plusSeconds(60), SILENCE), "given up once");
  }

  @Test
  void silenceIsCountedFromTheStartUntilTheFirstHeartbeat() {
    assertFalse(export.abandonIfSilent(START.plus(SILENCE), SILENCE), "exactly the limit");
    assertTrue(export.abandonIfSilent(START.plus(SILENCE).plusMillis(1), SILENCE));
  }

  @Test
  void anExportGivenUpDoesNotTakeItsLateZipNorMoveOn() {
    export.abandonIfSilent(START.plus(Duration.ofHours(1)), SILENCE);

    assertFalse(export.finish(ZIP, "export.zip", 10, START.plus(Duration.ofHours(2))));
    export.advance(80, START.plus(Duration.ofHours(2)));
    assertEquals(TenantExport.Status.FAILED, export.status());
    assertNull(export.file());
    assertEquals(0, export.progress());
  }

  @Test
  void aDoneExportIsNeitherAliveNorGivenUpAndKeepsItsZip() {
    assertTrue(export.finish(ZIP, "export.zip", 10, START.plusSeconds(30)));
    Instant later = START.plus(Duration.ofDays(1));

    assertFalse(export.alive(later, SILENCE));
    assertFalse(export.abandonIfSilent(later, SILENCE));
    export.fail(later, TransferCode.EXPORT_FAILED);
    assertEquals(TenantExport.Status.DONE, export.status());
    assertNull(export.failure());
    assertEquals(ZIP, export.file());
    assertEquals(100, export.progress());
  }

  @Test
  void aFailedExportSaysWhy() {
    export.fail(START.plusSeconds(5), TransferCode.EXPORT_FAILED);

    assertEquals(TenantExport.Status.FAILED, export.status());
    assertEquals(TransferCode.EXPORT_FAILED, export.failure());
  }

  @Test
  void aFinishedExportExpiresAfterTheDaysKeptAndARunningOneNever() {
    Duration keep = Duration.ofDays(7);
    assertFalse(export.expired(START.plus(Duration.ofDays(30)), keep), "running");

    export.finish(ZIP, "export.zip", 10, START);
    assertFalse(export.expired(START.plus(keep).minusSeconds(1), keep));
    assertTrue(export.expired(START.plus(keep), keep));
  }

  @Test
  void progressOnlyMovesForwardAndStaysBelowAHundredUntilDone() {
    export.advance(60, START.plusSeconds(1));
    export.advance(30, START.plusSeconds(2));
    assertEquals(60, export.progress());
    export.advance(100, START.plusSeconds(3));
    assertEquals(99, export.progress());
  }

  @Test
  void filesThatAreCompressedAlreadyAreStoredAndTextIsDeflated() {
    assertEquals(Deflater.NO_COMPRESSION, Packing.levelFor("bestanden/1/Rapport.PDF"));
    assertEquals(Deflater.NO_COMPRESSION, Packing.levelFor("bestanden/2/notulen.docx"));
    assertEquals(Deflater.BEST_SPEED, Packing.levelFor("teksten/1/tekst.txt"));
    assertEquals(Deflater.BEST_SPEED, Packing.levelFor("bestanden/3/zonder-extensie"));
  }
}
