package nl.leerkring.web.health;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * The HTTP sessions this node holds, in {@code /metrics} as {@code leerkring.http.sessions}: each
 * keeps Faces' view states until it ends or times out, so a count that climbs under a steady number
 * of people is memory a long run loses (see {@code TokenSessionFilter}).
 */
@WebListener
public class SessionFigures
    implements HttpSessionListener, HttpSessionIdListener, ServletContextListener {

  /**
   * The ids of the sessions this node started that have not ended. A set, not a counter: a session
   * the container brings back from its store at a start ends without having been created here.
   */
  private static final Set<String> OPEN = ConcurrentHashMap.newKeySet();

  @Inject MetricRegistry metrics;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    metrics.gauge("leerkring.http.sessions", OPEN, Set::size);
  }

  @Override
  public void sessionCreated(HttpSessionEvent event) {
    OPEN.add(event.getSession().getId());
  }

  /** A sign-in gives its session a new id (no session fixation): the same session goes on. */
  @Override
  public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
    if (OPEN.remove(oldSessionId)) {
      OPEN.add(event.getSession().getId());
    }
  }

  @Override
  public void sessionDestroyed(HttpSessionEvent event) {
    OPEN.remove(event.getSession().getId());
  }
}
