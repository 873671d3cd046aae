package fi.mailaudit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.mailaudit.corpora.ExpectedFacts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves the shaded jar itself, the artifact people run, not the test classpath (issue: "one jar, two
 * ways to run"). It runs {@code java -jar} as {@code bin/mailaudit} does and Spark's own submit entry
 * point from the jar, on real archives from shared/corpora plus a Finnish question and its answer, and
 * checks the counts and texts that come out. An unmerged Tika service file once gave a jar that
 * "worked" and parsed nothing (STACK.md), so success here means messages with words in them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShadedJarIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PST = "apache-tika/testPST.pst";
  private static final String MBOX = "apache-james-mime4j/mbox.rlug";
  private static final String MSG = "apache-tika/testMSG.msg";
  /** Corpora EMLs copied into one folder, so folder discovery is part of the run. */
  private static final List<String> EMLS =
      List.of("apache-tika/testRFC822_i18nheaders", "apache-tika/testRFC822_quoted", "apache-tika/testEmailWithPNGAtt.eml");
  /** Our own pair: UTF-8 quoted-printable question, ISO-8859-1 8bit answer from the company. */
  private static final List<String> FINNISH = List.of("asiakas-kysymys.eml", "vastaus-latin1.eml");
  private static final String COMPANY_DOMAIN = "kotisahko.fi";
  private static final String FINNISH_SUBJECT = "Laskun eräpäivän siirto";

  // Static: an instance field is filled only before each test, after @BeforeAll has needed it.
  @TempDir static Path work;

  private Path jar;
  private List<String> opens;
  private Path corpora;
  private List<String> runArgs;
  private ChildJvm jvm;
  private AuditRun javaJarRun;
  private AuditRun sparkSubmitRun;

  /** One audit as seen from outside: its manifest and its messages table as {@code show} prints it. */
  record AuditRun(ChildJvm.Result result, JsonNode manifest, List<JsonNode> messages) {}

  @BeforeAll
  void locateJarAndInputs() throws IOException {
    String jarProperty = System.getProperty("mailaudit.app.jar");
    assertNotNull(jarProperty, "system property mailaudit.app.jar is not set: run through `mvn verify` (failsafe)");
    jar = Path.of(jarProperty);
    assertTrue(Files.isRegularFile(jar), "shaded jar not found: " + jar + " (run `mvn package` first)");
    String opensProperty = System.getProperty("mailaudit.jvm.opens", "");
    assertFalse(opensProperty.isBlank(), "system property mailaudit.jvm.opens is not set");
    opens = Arrays.asList(opensProperty.strip().split("\\s+"));
    corpora = ExpectedFacts.corporaDir();
    Path emlDir = Files.createDirectories(work.resolve("eml"));
    for (String eml : EMLS) {
      Files.copy(corpora.resolve(eml), emlDir.resolve(Path.of(eml).getFileName()));
    }
    for (String eml : FINNISH) {
      try (InputStream in = ShadedJarIT.class.getResourceAsStream("/shaded-it/" + eml)) {
        assertNotNull(in, "test resource shaded-it/" + eml);
        Files.copy(in, emlDir.resolve(eml));
      }
    }
    // A run outside the sample needs a pseudonym key (issue 6 item 3): a user's key file.
    Path key = Files.writeString(work.resolve("pseudonym.key"), "shaded-jar-it-avain-ei-tuotantoon\n");
    runArgs = List.of("run", "--input", corpora.resolve(PST).toString(), corpora.resolve(MBOX).toString(),
        corpora.resolve(MSG).toString(), emlDir.toString(), "--company-domain", COMPANY_DOMAIN,
        "--pseudonym-key-file", key.toString());
    // As bin/mailaudit: Spark's module options without the incubating vector module, and no log
    // configuration flag (the jar's own log4j2.properties must be found, or Spark logs at INFO).
    List<String> jvmOptions = new ArrayList<>(opens);
    jvmOptions.remove("--add-modules=jdk.incubator.vector");
    jvmOptions.add("-Xmx1g");
    jvm = new ChildJvm(jvmOptions, work);
  }

  @Test
  void servicesAndLog4jPluginsOfEveryDependencyAreMerged() throws IOException {
    ClassLoader classpath = ShadedJarIT.class.getClassLoader();
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      Map<String, Set<String>> services = ShadedJarContents.services(zip);
      for (String required : List.of("org.apache.tika.parser.Parser",
          "org.apache.spark.sql.sources.DataSourceRegister", "org.apache.hadoop.fs.FileSystem")) {
        assertTrue(services.containsKey(required), "no service file for " + required + " in " + jar);
      }
      Map<String, Set<String>> lost = new TreeMap<>();
      services.forEach((service, inJar) -> {
        Set<String> missing = new TreeSet<>(ShadedJarContents.providersOnClasspath(classpath, service));
        missing.removeAll(inJar);
        if (!missing.isEmpty()) {
          lost.put(service, missing);
        }
      });
      assertEquals(Map.of(), lost, "providers on the classpath but not in the shaded jar's merged service files");

      Set<String> plugins = ShadedJarContents.log4jPluginClasses(
          ShadedJarContents.open(zip, zip.getEntry(ShadedJarContents.LOG4J_PLUGIN_CACHE)));
      Set<String> missingPlugins = new TreeSet<>(ShadedJarContents.log4jPluginClassesOnClasspath(classpath));
      missingPlugins.removeAll(plugins);
      assertEquals(Set.of(), missingPlugins, "Log4j plugins lost from the merged plugin cache");

      String sparkOverride = "org/apache/datasketches/memory/internal/ResourceImpl.class";
      assertArrayEquals(ShadedJarContents.bytesFrom(classpath, sparkOverride, "spark-catalyst"),
          ShadedJarContents.open(zip, zip.getEntry(sparkOverride)).readAllBytes(),
          "Spark's own ResourceImpl must win over datasketches-memory's (see the shade filter in pom.xml)");

      List<String> signatures = zip.stream().map(e -> e.getName())
          .filter(n -> n.matches("META-INF/[^/]+\\.(SF|DSA|RSA|EC)")).toList();
      assertEquals(List.of(), signatures, "signature files make `java -jar` fail with 'Invalid signature file digest'");

      Manifest manifest = new Manifest(ShadedJarContents.open(zip, zip.getEntry("META-INF/MANIFEST.MF")));
      assertEquals("fi.mailaudit.MailAudit", manifest.getMainAttributes().getValue("Main-Class"));
      Set<String> manifestOpens = Set.of(manifest.getMainAttributes().getValue("Add-Opens").split(" "));
      Set<String> flagOpens = opens.stream().filter(o -> o.startsWith("--add-opens="))
          .map(o -> o.substring("--add-opens=".length(), o.lastIndexOf('='))).collect(Collectors.toSet());
      assertEquals(flagOpens, manifestOpens, "the jar's Add-Opens must match pom.xml's spark.jvm.opens");
    }
  }

  @Test
  void javaDashJarReadsEveryArchiveWithItsTexts() {
    AuditRun run = javaJar();
    Map<String, Long> expected = expectedMessagesPerFile();
    Map<String, JsonNode> inputs = new TreeMap<>();
    assertEquals("3.3.1", run.manifest().path("versions").path("tika").asText(), "Tika's version survives shading");
    run.manifest().path("inputs").forEach(input -> inputs.put(fileName(input.path("path").asText()), input));
    assertEquals(expected.keySet(), inputs.keySet(), "inputs in the manifest\n" + run.result().describe());
    expected.forEach((file, count) -> {
      JsonNode input = inputs.get(file);
      assertEquals(count, input.path("found").asLong(), file + " found: " + input);
      assertEquals(count, input.path("parsed").asLong(), file + " parsed: " + input);
      assertEquals(0, input.path("rejected").asLong(), file + " rejected: " + input);
    });
    long total = expected.values().stream().mapToLong(Long::longValue).sum();
    assertEquals(total, run.messages().size(), "rows in the messages table");

    Map<String, List<JsonNode>> byFile = run.messages().stream()
        .collect(Collectors.groupingBy(m -> fileName(m.path("source_file").asText()), TreeMap::new, Collectors.toList()));
    // Empty bodies are the silent failure of a badly shaded jar: every message must have words.
    for (JsonNode message : run.messages()) {
      assertTrue(message.path("word_count").asInt() > 0, "empty body in the shaded jar's output: " + message);
    }
    assertEquals(sorted(fact(MBOX, "subjects").values()), sorted(subjects(byFile.get("mbox.rlug"))), "mbox subjects");
    JsonNode pstItem = byFile.get("testPST.pst").stream()
        .filter(m -> m.path("subject").asText().equals(fact(PST, "item[1].subject").value())).findFirst()
        .orElseThrow(() -> new AssertionError("no PST message '" + fact(PST, "item[1].subject").value() + "'"));
    // PST strings are UTF-16 inside the file; the French folder name proves they came through intact.
    assertEquals(fact(PST, "item[1].folder_path").value().substring(1), pstItem.path("folder").asText());
    assertEquals(fact(EMLS.get(0), "subject").value(), byFile.get("testRFC822_i18nheaders").get(0).path("subject").asText(),
        "RFC 2047 encoded-words in ISO-8859-1 and ISO-8859-2");

    JsonNode question = byFile.get(FINNISH.get(0)).get(0);
    JsonNode answer = byFile.get(FINNISH.get(1)).get(0);
    assertEquals(FINNISH_SUBJECT, question.path("subject").asText());
    assertEquals("Re: " + FINNISH_SUBJECT, answer.path("subject").asText());
    assertEquals("inbound", question.path("direction").asText(), question.toString());
    assertEquals("outbound", answer.path("direction").asText(), answer.toString());
  }

  @Test
  void sparkSubmitEntryPointFindsTheSameMessages() {
    AuditRun submitted = sparkSubmit();
    AuditRun direct = javaJar();
    assertEquals(direct.manifest().path("counts"), submitted.manifest().path("counts"), "manifest counts");
    assertEquals(subjectsByKey(direct), subjectsByKey(submitted), "message_key → subject of the two runs");
  }

  @Test
  void wrongFlagExitsTwoWithOneClearLine() {
    ChildJvm.Result result = jvm.java("wrong-flag", List.of("-jar", jar.toString(), "run", "--inptu", "posti.mbox",
        "--output", work.resolve("never").toString()));
    assertEquals(2, result.exitCode(), result.describe());
    assertEquals("", result.stdout(), result.describe());
    List<String> lines = result.stderr().lines().filter(l -> !l.isBlank()).toList();
    assertEquals(1, lines.size(), result.describe());
    assertTrue(lines.get(0).startsWith("mailaudit: unknown option '--inptu'; options: --input, --output"), lines.get(0));
    assertFalse(Files.exists(work.resolve("never")), "a usage error must not create the output folder");
  }

  @Test
  void runWithoutAKeyExitsTwoSayingWhatToDo() {
    List<String> args = new ArrayList<>(List.of("-jar", jar.toString()));
    args.addAll(runArgs.subList(0, runArgs.indexOf("--pseudonym-key-file")));
    args.addAll(List.of("--output", work.resolve("no-key").toString()));
    ChildJvm.Result result = jvm.java("no-key", args);
    assertEquals(2, result.exitCode(), result.describe());
    List<String> lines = result.stderr().lines().filter(l -> !l.isBlank()).toList();
    assertEquals(1, lines.size(), result.describe());
    assertTrue(lines.get(0).startsWith("mailaudit: no pseudonym key: give --pseudonym-key-file FILE or set "
        + "MAILAUDIT_PSEUDONYM_KEY"), lines.get(0));
    assertFalse(Files.exists(work.resolve("no-key")), "a usage error must not create the output folder");
  }

  private AuditRun javaJar() {
    if (javaJarRun == null) {
      javaJarRun = audit("java-jar", List.of("-jar", jar.toString()));
    }
    return javaJarRun;
  }

  private AuditRun sparkSubmit() {
    if (sparkSubmitRun == null) {
      sparkSubmitRun = audit("spark-submit", List.of("-cp", jar.toString(), "org.apache.spark.deploy.SparkSubmit",
          "--class", "fi.mailaudit.MailAudit", "--master", "local[2]", jar.toString()));
    }
    return sparkSubmitRun;
  }

  private AuditRun audit(String name, List<String> launcher) {
    Path output = work.resolve("out-" + name);
    List<String> args = new ArrayList<>(launcher);
    args.addAll(runArgs);
    args.addAll(List.of("--output", output.toString()));
    ChildJvm.Result result = jvm.java(name, args);
    assertEquals(0, result.exitCode(), result.describe());
    ChildJvm.Result show = jvm.java(name + "-show",
        List.of("-jar", jar.toString(), "show", "messages", "--output", output.toString(), "--format", "json"));
    assertEquals(0, show.exitCode(), show.describe());
    try {
      JsonNode manifest = JSON.readTree(output.resolve("_manifest.json").toFile());
      List<JsonNode> messages = new ArrayList<>();
      JSON.readTree(show.stdout()).forEach(messages::add);
      return new AuditRun(result, manifest, messages);
    } catch (IOException e) {
      return fail("cannot read the output of " + name + ": " + e.getMessage() + "\n" + result.describe() + "\n"
          + show.describe(), e);
    }
  }

  /** File name → messages it holds: corpora files from expected.tsv, our Finnish pair one each. */
  private static Map<String, Long> expectedMessagesPerFile() {
    Map<String, Long> expected = new TreeMap<>();
    for (String file : concat(List.of(PST, MBOX, MSG), EMLS)) {
      expected.put(fileName(file), (long) ExpectedFacts.all().stream().filter(r -> r.file().equals(file))
          .findFirst().orElseThrow(() -> new AssertionError(file + " not in expected.tsv")).expectedMessages());
    }
    FINNISH.forEach(f -> expected.put(f, 1L));
    return expected;
  }

  private static ExpectedFacts.Row fact(String file, String kind) {
    return ExpectedFacts.all().stream().filter(r -> r.file().equals(file) && r.kind().equals(kind)).findFirst()
        .orElseThrow(() -> new AssertionError("expected.tsv has no " + kind + " for " + file));
  }

  private static Map<String, String> subjectsByKey(AuditRun run) {
    Map<String, String> byKey = new LinkedHashMap<>();
    run.messages().forEach(m -> byKey.put(m.path("message_key").asText(), m.path("subject").asText()));
    return new TreeMap<>(byKey);
  }

  private static List<String> subjects(List<JsonNode> messages) {
    assertNotNull(messages, "no messages from this file");
    return messages.stream().map(m -> m.path("subject").asText()).toList();
  }

  private static List<String> sorted(List<String> values) {
    return values.stream().sorted().toList();
  }

  private static String fileName(String pathOrUri) {
    return pathOrUri.substring(pathOrUri.lastIndexOf('/') + 1);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
