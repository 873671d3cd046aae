package fi.mailaudit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7 item 4: the shaded jar on a real Spark standalone cluster (a Master and two Workers of one
 * core each, on 127.0.0.1) writes exactly what it writes in local mode. Executors here do not have
 * mailaudit's classes on their class path: they get them from the submitted jar, as on YARN or
 * Kubernetes, so a closure that only works in one JVM, or a result that depends on the partitioning
 * (cluster and local use different shuffle partition counts), shows up as a row difference.
 */
class ClusterIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path CONFIG = Path.of("sample-data", "audit.yaml").toAbsolutePath();
  private static final List<String> TABLES = List.of("messages", "threads", "replies", "rejects");
  /** Bounds the cluster's start; the driver's own run is bounded by {@link ChildJvm#TIME_BOX}. */
  private static final Duration CLUSTER_START = Duration.ofMinutes(3);

  @TempDir Path work;

  @Test
  void standaloneClusterWritesTheSameRowsAsLocalMode() throws IOException {
    Path jar = Path.of(requiredProperty("mailaudit.app.jar"));
    assertTrue(Files.isRegularFile(jar), "shaded jar not found: " + jar + " (run `mvn package` first)");
    assertTrue(Files.isRegularFile(CONFIG), "sample config not found: " + CONFIG);
    List<String> opens = Arrays.asList(requiredProperty("mailaudit.jvm.opens").strip().split("\\s+"));
    // Under target/, not the temp dir: the links are reused by the next run and JUnit need not
    // delete links that point outside its temp dir.
    Path sparkHome = StandaloneCluster.sparkHome(Path.of("target", "cluster-it", "spark-home").toAbsolutePath(),
        dependencyJars());
    Map<String, String> env = StandaloneCluster.environment(sparkHome);

    Path local = work.resolve("out-local");
    ChildJvm.Result localRun = new ChildJvm(withHeap(opens, "-Xmx1g"), work, env).java("local",
        List.of("-jar", jar.toString(), "run", "--config", CONFIG.toString(), "--output", local.toString(),
            "--master", "local[2]"));
    assertEquals(0, localRun.exitCode(), localRun.describe());
    long clusterStart = System.nanoTime();

    Path clustered = work.resolve("out-cluster");
    try (StandaloneCluster cluster =
        StandaloneCluster.start(withHeap(opens, "-Xmx256m"), work, sparkHome, 2, 1, "1g", CLUSTER_START)) {
      ChildJvm.Result submitted = new ChildJvm(withHeap(opens, "-Xmx1g"), work, env).java("submit", List.of(
          "-cp", jar.toString(), "org.apache.spark.deploy.SparkSubmit", "--master", cluster.masterUrl(),
          "--class", "fi.mailaudit.MailAudit", "--executor-memory", "512m", "--total-executor-cores", "2",
          "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.driver.bindAddress=127.0.0.1",
          // Not local mode's 8: the rows must not depend on how the shuffles are cut.
          "--conf", "spark.sql.shuffle.partitions=5",
          jar.toString(), "run", "--config", CONFIG.toString(), "--output", clustered.toString()));
      assertEquals(0, submitted.exitCode(), submitted.describe() + "\n" + cluster.logs());
      // Informational only (never asserted): where this test's time goes on a shared machine.
      System.err.printf("[ClusterIT] local run %d s, cluster start %d s, cluster run %d s%n",
          localRun.took().toSeconds(), (System.nanoTime() - clusterStart) / 1_000_000_000L
              - submitted.took().toSeconds(), submitted.took().toSeconds());
      JsonNode finished = cluster.masterState().path("completedapps");
      assertEquals(1, finished.size(), "the master ran one application: " + finished);
      assertExecutorsOnBothWorkers(work);
    }

    JsonNode localCounts = manifest(local).path("counts");
    assertTrue(localCounts.path("unique").asLong() > 0, "the local run wrote no messages: " + localCounts);
    assertEquals(localCounts, manifest(clustered).path("counts"), "manifest counts, local vs cluster");
    for (String table : TABLES) {
      List<String> expected = rows(local, table);
      List<String> actual = rows(clustered, table);
      assertEquals(expected.size(), actual.size(), table + ": row count, local vs cluster");
      assertEquals(List.of(), difference(expected, actual), table + ": rows only in the local output");
      assertEquals(List.of(), difference(actual, expected), table + ": rows only in the cluster output");
    }
    assertFalse(rows(local, "messages").isEmpty(), "the messages table is empty");
  }

  /** Each worker launched an executor: the work really was spread over the cluster. */
  private static void assertExecutorsOnBothWorkers(Path work) throws IOException {
    for (String worker : List.of("worker-1", "worker-2")) {
      try (var apps = Files.list(work.resolve(worker))) {
        assertEquals(1, apps.filter(Files::isDirectory).count(), worker + " holds one application's executor dir");
      }
    }
  }

  /** Every row of a table as text (nested maps and arrays included), sorted: order-independent. */
  private static List<String> rows(Path output, String table) {
    Path dir = output.resolve(table);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<String> rows = new ArrayList<>();
    var frame = SparkTestSession.get().read().parquet(dir.toString());
    String[] columns = frame.columns();
    Arrays.sort(columns);
    for (Row row : frame.selectExpr(columns).collectAsList()) {
      rows.add(row.toString());
    }
    rows.sort(null);
    return rows;
  }

  private static List<String> difference(List<String> a, List<String> b) {
    Map<String, Integer> counts = new TreeMap<>();
    b.forEach(r -> counts.merge(r, 1, Integer::sum));
    List<String> only = new ArrayList<>();
    for (String r : a) {
      if (counts.merge(r, -1, Integer::sum) < 0) {
        only.add(r);
      }
    }
    return only.size() > 5 ? only.subList(0, 5) : only;
  }

  private static JsonNode manifest(Path output) throws IOException {
    return JSON.readTree(output.resolve("_manifest.json").toFile());
  }

  /**
   * The dependency jars failsafe runs with: Surefire hands the real class path over in this property
   * (java.class.path is only its manifest jar). The project's own classes are not among them.
   */
  private static List<Path> dependencyJars() {
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<Path> jars = Arrays.stream(classPath.split(File.pathSeparator)).filter(e -> e.endsWith(".jar"))
        .map(Path::of).filter(p -> p.getFileName().toString().startsWith("spark-core")).toList();
    assertEquals(1, jars.size(), "spark-core on the test class path: " + classPath);
    return Arrays.stream(classPath.split(File.pathSeparator)).filter(e -> e.endsWith(".jar")).map(Path::of)
        .filter(p -> !p.getFileName().toString().startsWith("mailaudit")).toList();
  }

  private static List<String> withHeap(List<String> opens, String heap) {
    List<String> options = new ArrayList<>(opens);
    options.remove("--add-modules=jdk.incubator.vector");
    options.add(heap);
    return options;
  }

  private static String requiredProperty(String name) {
    String value = System.getProperty(name);
    assertNotNull(value, "system property " + name + " is not set: run through `mvn verify` (failsafe)");
    return value;
  }
}
