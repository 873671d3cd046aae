package fi.mailaudit;

import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads the files that shading must merge rather than pick one of: {@code META-INF/services} lists
 * (Tika parsers, Spark data sources, Hadoop file systems) and Log4j's plugin cache. A shade that keeps
 * the first jar's copy builds fine and fails at run time, or worse, runs and parses nothing (STACK.md).
 */
final class ShadedJarContents {
  static final String SERVICES = "META-INF/services/";
  static final String LOG4J_PLUGIN_CACHE = "META-INF/org/apache/logging/log4j/core/config/plugins/Log4j2Plugins.dat";

  private ShadedJarContents() {}

  /** Service interface → provider class names, for every service file in the jar. */
  static Map<String, Set<String>> services(ZipFile jar) {
    Map<String, Set<String>> services = new TreeMap<>();
    for (ZipEntry entry : Collections.list(jar.entries())) {
      String name = entry.getName();
      if (name.startsWith(SERVICES) && !entry.isDirectory() && name.length() > SERVICES.length()) {
        services.put(name.substring(SERVICES.length()), providers(open(jar, entry)));
      }
    }
    return services;
  }

  /** The union of one service's providers over every copy the class loader sees. */
  static Set<String> providersOnClasspath(ClassLoader loader, String service) {
    Set<String> all = new LinkedHashSet<>();
    for (URL url : resources(loader, SERVICES + service)) {
      try {
        all.addAll(providers(url.openStream()));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + url, e);
      }
    }
    return all;
  }

  /** Plugin class names in Log4j's binary plugin cache (format of log4j-core's PluginCache). */
  static Set<String> log4jPluginClasses(InputStream cache) {
    Set<String> classes = new LinkedHashSet<>();
    try (DataInputStream in = new DataInputStream(cache)) {
      int categories = in.readInt();
      for (int c = 0; c < categories; c++) {
        in.readUTF(); // category
        int entries = in.readInt();
        for (int e = 0; e < entries; e++) {
          in.readUTF(); // key
          classes.add(in.readUTF());
          in.readUTF(); // name
          in.readBoolean(); // printable
          in.readBoolean(); // defer
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read a Log4j plugin cache", e);
    }
    return classes;
  }

  /** The union of plugin classes over every plugin cache the class loader sees. */
  static Set<String> log4jPluginClassesOnClasspath(ClassLoader loader) {
    Set<String> all = new LinkedHashSet<>();
    for (URL url : resources(loader, LOG4J_PLUGIN_CACHE)) {
      try {
        all.addAll(log4jPluginClasses(url.openStream()));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + url, e);
      }
    }
    return all;
  }

  /** The bytes of a resource as the dependency whose jar name contains {@code jarName} ships it. */
  static byte[] bytesFrom(ClassLoader loader, String resource, String jarName) {
    URL url = resources(loader, resource).stream().filter(u -> u.toString().contains(jarName)).findFirst()
        .orElseThrow(() -> new AssertionError(resource + " not found in any " + jarName + " jar on the classpath"));
    try (InputStream in = url.openStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + url, e);
    }
  }

  static InputStream open(ZipFile jar, ZipEntry entry) {
    try {
      return jar.getInputStream(entry);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + entry.getName() + " in " + jar.getName(), e);
    }
  }

  // ServiceLoader's file format: one class name a line, '#' starts a comment.
  private static Set<String> providers(InputStream stream) {
    Set<String> providers = new LinkedHashSet<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        int hash = line.indexOf('#');
        String provider = (hash >= 0 ? line.substring(0, hash) : line).strip();
        if (!provider.isEmpty()) {
          providers.add(provider);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read a service file", e);
    }
    return providers;
  }

  private static java.util.List<URL> resources(ClassLoader loader, String name) {
    try {
      return Collections.list(loader.getResources(name));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + name, e);
    }
  }
}
