package nl.leerkring.tenants.cluster;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Topics between grids in one JVM, for plain tests of what nodes tell each other: a message reaches
 * every other grid of the same {@code LocalTopics}, like Hazelcast's topic, never its sender.
 */
public final class LocalTopics {

  private record Listener(Grid node, String topic, Consumer<String> receiver) {}

  private final List<Listener> listeners = new CopyOnWriteArrayList<>();

  /** A grid of a node that shares these topics. */
  public Grid node() {
    LocalTopics topics = this;
    return new Grid() {
      @Override
      public boolean clustered() {
        return true;
      }

      @Override
      public void publish(String topic, String message) {
        for (Listener l : topics.listeners) {
          if (l.node() != this && l.topic().equals(topic)) {
            l.receiver().accept(message);
          }
        }
      }

      @Override
      public Runnable subscribe(String topic, Consumer<String> receiver) {
        Listener listener = new Listener(this, topic, receiver);
        topics.listeners.add(listener);
        return () -> topics.listeners.remove(listener);
      }
    };
  }
}
