package fi.mailaudit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Spark standalone cluster on 127.0.0.1 started from the Maven jars, as no Spark distribution can be
 * downloaded here (STACK.md): a {@code SPARK_HOME} whose {@code jars/} links the dependency jars, one
 * Master and {@code n} Workers as child JVMs on ports picked at run time. {@link #close()} stops every
 * process it started, executors included, and a shutdown hook does the same if the test JVM dies first.
 */
final class StandaloneCluster implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String LOOPBACK = "127.0.0.1";

  private final ChildJvm jvm;
  private final List<Process> processes = new ArrayList<>();
  private final List<String> names = new ArrayList<>();
  private final Thread shutdownHook = new Thread(this::stopAll, "stop-standalone-cluster");
  private final int masterPort;
  private final int masterUiPort;

  private StandaloneCluster(ChildJvm jvm, int masterPort, int masterUiPort) {
    this.jvm = jvm;
    this.masterPort = masterPort;
    this.masterUiPort = masterUiPort;
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  /**
   * The environment every Spark process of the cluster needs: the Worker builds its executors' class
   * path from {@code SPARK_HOME/jars} and asks for the Scala version before it looks there; without
   * {@code SPARK_LOCAL_IP} the web UIs and block managers bind to every interface.
   */
  static Map<String, String> environment(Path sparkHome) {
    return Map.of("SPARK_HOME", sparkHome.toString(), "SPARK_SCALA_VERSION", "2.13", "SPARK_LOCAL_IP", LOOPBACK);
  }

  /** Links every jar of {@code classPath} into {@code home/jars}, as a Spark distribution lays them out. */
  static Path sparkHome(Path home, List<Path> classPath) throws IOException {
    Path jars = Files.createDirectories(home.resolve("jars"));
    for (Path entry : classPath) {
      Path link = jars.resolve(entry.getFileName());
      if (entry.toString().endsWith(".jar") && Files.isRegularFile(entry) && !Files.exists(link)) {
        Files.createSymbolicLink(link, entry.toAbsolutePath());
      }
    }
    return home;
  }

  /**
   * Starts a Master and {@code workers} Workers (each {@code cores} cores and {@code memory}) and
   * waits at most {@code timeout} until all are registered.
   */
  static StandaloneCluster start(List<String> jvmOptions, Path work, Path sparkHome, int workers, int cores,
      String memory, Duration timeout) throws IOException {
    ChildJvm jvm = new ChildJvm(jvmOptions, work, environment(sparkHome));
    StandaloneCluster cluster = new StandaloneCluster(jvm, freePort(), freePort());
    try {
      String classPath = sparkHome.resolve("jars") + "/*";
      cluster.launch("master", List.of("-cp", classPath, "org.apache.spark.deploy.master.Master",
          "--host", LOOPBACK, "--port", Integer.toString(cluster.masterPort),
          "--webui-port", Integer.toString(cluster.masterUiPort)));
      for (int i = 1; i <= workers; i++) {
        Path workDir = Files.createDirectories(work.resolve("worker-" + i));
        cluster.launch("worker-" + i, List.of("-cp", classPath, "org.apache.spark.deploy.worker.Worker",
            "--host", LOOPBACK, "--cores", Integer.toString(cores), "--memory", memory,
            "--webui-port", Integer.toString(freePort()), "--work-dir", workDir.toString(), cluster.masterUrl()));
      }
      cluster.awaitWorkers(workers, timeout);
      return cluster;
    } catch (RuntimeException | IOException e) {
      cluster.close();
      throw e;
    }
  }

  /** {@code spark://127.0.0.1:<port>}, for spark-submit's {@code --master}. */
  String masterUrl() {
    return "spark://" + LOOPBACK + ":" + masterPort;
  }

  /** The master's state as its web UI serves it at {@code /json/} (workers, applications). */
  JsonNode masterState() throws IOException {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + LOOPBACK + ":" + masterUiPort + "/json/"))
        .timeout(Duration.ofSeconds(5)).build();
    try {
      HttpResponse<String> response =
          HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
      return JSON.readTree(response.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while asking the master", e);
    }
  }

  /** Stderr of the master and workers so far: what a failure message needs. */
  String logs() {
    StringBuilder logs = new StringBuilder();
    for (String name : names) {
      logs.append("--- ").append(name).append(" ---\n").append(jvm.stderrOf(name)).append('\n');
    }
    return logs.toString();
  }

  @Override
  public void close() {
    stopAll();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException alreadyShuttingDown) {
      // The hook is running or has run: it stops the same processes.
    }
  }

  private void launch(String name, List<String> args) {
    names.add(name);
    processes.add(jvm.start(name, args));
  }

  private void awaitWorkers(int expected, Duration timeout) throws IOException {
    Instant deadline = Instant.now().plus(timeout);
    String lastState = "(master not answering yet)";
    while (Instant.now().isBefore(deadline)) {
      for (Process p : processes) {
        if (!p.isAlive()) {
          throw new IllegalStateException("a cluster process exited with " + p.exitValue() + "\n" + logs());
        }
      }
      try {
        JsonNode state = masterState();
        lastState = state.toString();
        long alive = 0;
        for (JsonNode worker : state.path("workers")) {
          alive += "ALIVE".equals(worker.path("state").asText()) ? 1 : 0;
        }
        if (alive == expected) {
          return;
        }
      } catch (IOException notUpYet) {
        // The web UI binds a few seconds after the JVM starts; keep polling until the deadline.
      }
      sleep(Duration.ofMillis(500));
    }
    throw new IllegalStateException(expected + " workers not registered within " + timeout + "; master: "
        + lastState + "\n" + logs());
  }

  // Workers stop their executors on SIGTERM; the executors are killed too in case a worker cannot.
  private synchronized void stopAll() {
    List<ProcessHandle> all = new ArrayList<>();
    for (Process p : processes) {
      p.descendants().forEach(all::add);
      all.add(p.toHandle());
    }
    all.forEach(ProcessHandle::destroy);
    for (ProcessHandle handle : all) {
      try {
        handle.onExit().get(10, TimeUnit.SECONDS);
      } catch (Exception stillAlive) {
        handle.destroyForcibly();
      }
    }
    processes.clear();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port on " + LOOPBACK, e);
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the cluster", e);
    }
  }
}
