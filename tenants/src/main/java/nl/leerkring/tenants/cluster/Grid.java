package nl.leerkring.tenants.cluster;

import com.hazelcast.config.MapConfig;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The data grid the nodes share: Payara Micro's Hazelcast when it runs, else this node alone (maps
 * in memory, topics that reach no one else). Callers need not know which.
 *
 * <p>NOTE: thread-safe. Maps and topics hold JDK types only (see the package description).
 */
@ApplicationScoped
public class Grid {

  private static final Logger LOG = Logger.getLogger(Grid.class.getName());

  /** Where Payara publishes its Hazelcast instance. */
  static final String JNDI_NAME = "payara/Hazelcast";

  private final ConcurrentMap<String, ConcurrentMap<?, ?>> localMaps = new ConcurrentHashMap<>();
  private final Set<String> configured = ConcurrentHashMap.newKeySet();
  private final String localNode = UUID.randomUUID().toString();
  private HazelcastInstance hazelcast;

  @PostConstruct
  void connect() {
    try {
      Object found = new InitialContext().lookup(JNDI_NAME);
      if (found instanceof HazelcastInstance instance
          && instance.getLifecycleService().isRunning()) {
        hazelcast = instance;
        LOG.info(
            () ->
                "Cluster grid: Hazelcast member "
                    + instance.getCluster().getLocalMember().getUuid()
                    + " of "
                    + instance.getCluster().getMembers().size());
      }
    } catch (NamingException | RuntimeException | LinkageError off) {
      LOG.log(Level.FINE, "Cluster grid: no Hazelcast; this node works alone", off);
    }
    if (hazelcast == null) {
      LOG.info("Cluster grid: no Hazelcast (--nohazelcast); this node works alone.");
    }
  }

  /** Whether other nodes can share this grid. */
  public boolean clustered() {
    return hazelcast != null;
  }

  /** This node's name in the grid. */
  public String node() {
    return hazelcast == null
        ? localNode
        : hazelcast.getCluster().getLocalMember().getUuid().toString();
  }

  /**
   * The map of this name shared by every node; an entry not read or written for {@code idle} is
   * dropped (in the cluster; a node-local map keeps it, its user prunes).
   */
  @SuppressWarnings("unchecked")
  public <K, V> ConcurrentMap<K, V> map(String name, Duration idle) {
    if (hazelcast == null) {
      return (ConcurrentMap<K, V>) localMaps.computeIfAbsent(name, n -> new ConcurrentHashMap<>());
    }
    if (configured.add(name)) {
      try {
        hazelcast
            .getConfig()
            .addMapConfig(new MapConfig(name).setMaxIdleSeconds((int) idle.toSeconds()));
      } catch (RuntimeException otherSettings) {
        LOG.log(Level.WARNING, "Cluster grid: map " + name + " keeps its settings", otherSettings);
      }
    }
    return hazelcast.getMap(name);
  }

  /** Sends a message to every other node listening on the topic; nothing without a cluster. */
  public void publish(String topic, String message) {
    if (hazelcast != null) {
      hazelcast.<String>getTopic(topic).publish(message);
    }
  }

  /**
   * Calls {@code receiver} with every message another node publishes on the topic, on one of
   * Hazelcast's threads. Returns what ends the subscription (call it when the application stops).
   */
  public Runnable subscribe(String topic, Consumer<String> receiver) {
    if (hazelcast == null) {
      return () -> {};
    }
    ITopic<String> t = hazelcast.getTopic(topic);
    UUID registration =
        t.addMessageListener(
            message -> {
              if (!message.getPublishingMember().localMember()) {
                receiver.accept(message.getMessageObject());
              }
            });
    return () -> {
      try {
        t.removeMessageListener(registration);
      } catch (RuntimeException stopping) {
        LOG.log(Level.FINE, "Cluster grid: topic " + topic + " already gone", stopping);
      }
    };
  }
}
