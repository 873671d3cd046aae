package fi.mailaudit.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaSparkContext;
import scala.Tuple2;

/**
 * SHA-256 of every input file, for the manifest: an auditor can prove which exports a quarter's
 * figures came from. Computed by Spark tasks, so many files hash in parallel on a cluster.
 */
public final class InputHashes {
  private InputHashes() {}

  public static Map<String, String> compute(JavaSparkContext spark, List<InputFile> inputs) {
    if (inputs.isEmpty()) {
      return Map.of();
    }
    List<String> paths = inputs.stream().map(InputFile::path).toList();
    int slices = Math.min(paths.size(), Math.max(1, spark.defaultParallelism() * 4));
    return spark.parallelize(paths, slices)
        .mapToPair(path -> new Tuple2<>(path, sha256(path, new Configuration())))
        .collectAsMap();
  }

  static String sha256(String path, Configuration hadoop) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = LocalFiles.open(path, hadoop)) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
