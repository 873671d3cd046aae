package fi.mailaudit.fuzz;

import fi.mailaudit.fuzz.Seed.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * The named ways the fuzzer damages a real archive (issue 6 item 1's list). Each writes one input
 * (a file, or a zip) into the case's folder under a plausible name, deterministically from the
 * random source it is given: the same case number always gives the same bytes.
 */
enum Mutator {
  TRUNCATE(any(), (s, all, r) -> MailBytes.slice(s.bytes(), 0, r.nextInt(Math.max(1, s.bytes().length)))),
  FLIP_BYTES(any(), (s, all, r) -> {
    byte[] out = s.bytes().clone();
    for (int i = 0, n = 1 + r.nextInt(16); i < n && out.length > 0; i++) {
      out[r.nextInt(out.length)] ^= (byte) (1 + r.nextInt(255));
    }
    return out;
  }),
  INSERT_RANDOM(any(), (s, all, r) -> {
    int at = r.nextInt(s.bytes().length + 1);
    return MailBytes.concat(MailBytes.slice(s.bytes(), 0, at), MailBytes.randomBytes(r, 1 + r.nextInt(256)),
        MailBytes.slice(s.bytes(), at, s.bytes().length));
  }),
  DUPLICATE_REGION(any(), (s, all, r) -> {
    int length = s.bytes().length;
    int from = r.nextInt(length + 1);
    int to = from + r.nextInt(length - from + 1);
    int at = r.nextInt(length + 1);
    return MailBytes.concat(MailBytes.slice(s.bytes(), 0, at), MailBytes.slice(s.bytes(), from, to),
        MailBytes.slice(s.bytes(), at, length));
  }),
  /** The head of one message glued to the tail of another: a crash mid-write, a bad copy. */
  SPLICE(text(), (s, all, r) -> {
    List<Seed> texts = all.stream().filter(text()).toList();
    Seed other = texts.get(r.nextInt(texts.size()));
    return MailBytes.concat(MailBytes.slice(s.bytes(), 0, r.nextInt(s.bytes().length + 1)),
        MailBytes.slice(other.bytes(), r.nextInt(other.bytes().length + 1), other.bytes().length));
  }),
  UNTERMINATED_MULTIPART(text(), (s, all, r) -> MailBytes.unterminate(s.bytes())),
  NESTED_10000(text(), (s, all, r) -> MailBytes.nest(s.bytes(), 10_000)),
  /** 1 MB of one header field, unfolded or folded into 78-char lines (still one field). */
  MEGABYTE_HEADER(text(), (s, all, r) -> {
    String fold = r.nextBoolean() ? "" : "\r\n ";
    StringBuilder value = new StringBuilder(1 << 20);
    while (value.length() < 1 << 20) {
      value.append("Pitkä rivi jota kukaan ei lue ").append(fold.isEmpty() ? "" : fold);
    }
    return MailBytes.addField(s.bytes(), "X-Pitka: " + value);
  }),
  BAD_CHARSET(text(), (s, all, r) -> {
    String[] charsets = {"x-unknown", "utf-8\"", "", "iso-8859-99", "UTF-7", "\u0000", "utf-16", "ebcdic-cp-fi"};
    String[] words = {"=?x-unknown?Q?Hyv=E4=E4_p=E4iv=E4=E4?=", "=?utf-8?B?!!!?=", "=?utf-8?Q?=C3?=",
        "=?iso-8859-1?X?outo?=", "=?utf-8?B?", "=??Q?tyhj=E4?=", "=?utf-8*fi?Q?Kiitos?="};
    String charset = charsets[r.nextInt(charsets.length)];
    String text = MailBytes.text(s.bytes()).replaceAll("(?i)charset=\"?[A-Za-z0-9_.:-]+\"?", "charset=" + charset);
    byte[] out = MailBytes.replaceField(MailBytes.bytes(text), "Subject", words[r.nextInt(words.length)]);
    return MailBytes.replaceField(out, "From", words[r.nextInt(words.length)] + " <asiakas@example.fi>");
  }),
  /** mboxcl2 trusts Content-Length: a lie that points past the end, into the next message or nowhere. */
  LYING_CONTENT_LENGTH(text(), (s, all, r) -> {
    long[] lies = {0, 1, -5, Integer.MAX_VALUE, Long.MAX_VALUE, s.bytes().length * 3L, s.bytes().length / 2};
    byte[] mail = s.kind() == Kind.MBOX ? s.bytes()
        : MailBytes.concat(MailBytes.bytes("From asiakas@example.fi Mon Jan  6 09:00:00 2025\n"), s.bytes(),
            MailBytes.bytes("\nFrom tuki@example.fi Mon Jan  6 10:00:00 2025\nSubject: toinen\n\nHei\n"));
    return MailBytes.addField(mail, "Content-Length: " + lies[r.nextInt(lies.length)]);
  }, Kind.MBOX),
  BAD_DATE(text(), (s, all, r) -> {
    String[] dates = {"", "huomenna", "Mon, 32 Foo 2025 25:61:61 +9999", "0", "Tue, 1 Jan 99999999999 00:00:00 GMT",
        "=?utf-8?B?!!!?=", "2025-13-45T99:99:99Z", "Thu, 13 Feb 1969 23:31:30 -2400", "\u00ff\u00fe"};
    return MailBytes.replaceField(s.bytes(), "Date", dates[r.nextInt(dates.length)]);
  }),
  EMPTY(any(), (s, all, r) -> new byte[0]),
  BINARY(any(), (s, all, r) -> MailBytes.randomBytes(r, r.nextInt(1 << 16))),
  /** Overwrites 1–4 random 4 KB blocks of a PST copy: damaged pages, B-tree nodes or the header. */
  PST_BLOCKS(kind(Kind.PST), (s, all, r) -> {
    byte[] out = s.bytes().clone();
    int blocks = Math.max(1, out.length / 4096);
    for (int i = 0, n = 1 + r.nextInt(4); i < n; i++) {
      int at = r.nextInt(blocks) * 4096;
      byte[] noise = MailBytes.randomBytes(r, Math.min(4096, out.length - at));
      System.arraycopy(noise, 0, out, at, noise.length);
    }
    return out;
  }),
  ZIP_OF_SEEDS(any(), null),
  NESTED_ZIPS(any(), null),
  ZIP_BOMB(any(), null);

  /** A byte-level mutation: the mutant's content. */
  interface Edit {
    byte[] apply(Seed seed, List<Seed> all, SplittableRandom random);
  }

  private final Predicate<Seed> accepts;
  private final Edit edit;
  private final Kind writtenAs;

  Mutator(Predicate<Seed> accepts, Edit edit) {
    this(accepts, edit, null);
  }

  Mutator(Predicate<Seed> accepts, Edit edit, Kind writtenAs) {
    this.accepts = accepts;
    this.edit = edit;
    this.writtenAs = writtenAs;
  }

  boolean accepts(Seed seed) {
    return accepts.test(seed);
  }

  /** Writes the mutant of {@code seed} into {@code dir}; returns the path to read. */
  Path write(Seed seed, List<Seed> all, SplittableRandom random, Path dir) throws IOException {
    return switch (this) {
      case ZIP_OF_SEEDS -> Zips.ofSeeds(seed, all, random, dir);
      case NESTED_ZIPS -> Zips.nested(seed, 10, dir);
      case ZIP_BOMB -> Zips.bomb(dir);
      default -> {
        Seed named = writtenAs == null ? seed : new Seed(seed.path(), writtenAs, seed.bytes());
        yield Files.write(dir.resolve(named.fileName("tapaus-" + name().toLowerCase())),
            edit.apply(seed, all, random));
      }
    };
  }

  /** One byte-level mutation for zip entries: any mutator with an edit that accepts the seed. */
  static byte[] anyEdit(Seed seed, List<Seed> all, SplittableRandom random) {
    List<Mutator> edits = java.util.Arrays.stream(values())
        .filter(m -> m.edit != null && m.accepts(seed) && m != NESTED_10000 && m != MEGABYTE_HEADER)
        .toList();
    return edits.get(random.nextInt(edits.size())).edit.apply(seed, all, random);
  }

  private static Predicate<Seed> any() {
    return seed -> true;
  }

  private static Predicate<Seed> text() {
    return seed -> seed.kind() == Kind.RFC822 || seed.kind() == Kind.MBOX;
  }

  private static Predicate<Seed> kind(Kind kind) {
    return seed -> seed.kind() == kind;
  }
}
