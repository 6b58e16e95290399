package nl.leerkring.portal.isolation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The concrete classes under {@code nl.leerkring} on the test class path (class directories and
 * jars) that implement an interface, instantiated: what CDI's {@code Instance<>} finds in the
 * container, found here without one. Contributors hold no state, so a plain {@code new} will do.
 */
public final class Implementations {

  private static final String ROOT = "nl/leerkring/";

  private Implementations() {}

  public static <T> List<T> of(Class<T> contract) {
    List<T> found = new ArrayList<>();
    for (String name : classNames()) {
      Class<?> c = load(name);
      if (c != null
          && contract.isAssignableFrom(c)
          && !c.isInterface()
          && !Modifier.isAbstract(c.getModifiers())) {
        try {
          found.add(contract.cast(c.getDeclaredConstructor().newInstance()));
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("A contributor needs a no-argument constructor: " + c, e);
        }
      }
    }
    return found;
  }

  private static List<String> classNames() {
    List<String> names = new ArrayList<>();
    try {
      for (URL url : Collections.list(loader().getResources(ROOT))) {
        if ("file".equals(url.getProtocol())) {
          Path root = Path.of(url.toURI()).getParent().getParent();
          try (Stream<Path> files = Files.walk(Path.of(url.toURI()))) {
            files
                .map(root::relativize)
                .map(Path::toString)
                .map(p -> p.replace('\\', '/'))
                .forEach(p -> addClass(names, p));
          }
        } else if ("jar".equals(url.getProtocol())) {
          JarURLConnection connection = (JarURLConnection) url.openConnection();
          connection.setUseCaches(false);
          try (JarFile jar = connection.getJarFile()) {
            jar.stream().forEach(e -> addClass(names, e.getName()));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return names;
  }

  private static void addClass(List<String> names, String path) {
    if (path.startsWith(ROOT) && path.endsWith(".class") && !path.contains("$")) {
      names.add(path.substring(0, path.length() - ".class".length()).replace('/', '.'));
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, loader());
    } catch (ClassNotFoundException | LinkageError e) {
      return null; // a class whose dependencies are not on the test class path contributes nothing
    }
  }

  private static ClassLoader loader() {
    return Implementations.class.getClassLoader();
  }
}
