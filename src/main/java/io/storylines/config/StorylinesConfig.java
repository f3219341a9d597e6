package io.storylines.config;

import io.storylines.dedup.DedupSettings;
import io.storylines.ingest.Period;
import io.storylines.topics.TopicSettings;
import io.storylines.ingest.format.InputFormat;
import io.storylines.ingest.format.ReaderOptions;
import java.io.Serializable;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The effective configuration of one run: immutable, validated when built, and the same whether the
 * job starts from the command line or from a test. Build it with {@link #builder()}; {@link
 * #build()} throws {@link ConfigException} naming the first bad value.
 */
public final class StorylinesConfig implements Serializable {
  private static final long serialVersionUID = 1L;
  /** Default of {@link #minPairDocs()}: a pair seen in one article alone says nothing. */
  public static final int DEFAULT_MIN_PAIR_DOCS = 2;

  private static final Pattern SOURCE_SLUG = Pattern.compile("[a-z0-9][a-z0-9._-]*");

  private final List<String> inputs;
  private final String output;
  private final InputFormat format;
  private final FieldMapping mapping;
  private final Period period;
  private final List<String> dateFormats;
  private final boolean dayFirst;
  private final UndatedPolicy undated;
  private final String encoding;
  private final int maxRecordChars;
  private final Character csvDelimiter;
  private final String defaultSource;
  private final List<String> gazetteers;
  private final List<String> storylines;
  private final int minPairDocs;
  private final TopicSettings topics;
  private final String topicModel;
  private final DedupSettings dedup;
  private final RunMode mode;

  private StorylinesConfig(Builder b) {
    this.inputs = List.copyOf(b.inputs);
    this.output = b.output;
    this.format = b.format;
    this.mapping = b.mapping;
    this.period = b.period;
    this.dateFormats = List.copyOf(b.dateFormats);
    this.dayFirst = b.dayFirst;
    this.undated = b.undated;
    this.encoding = b.encoding;
    this.maxRecordChars = b.maxRecordChars;
    this.csvDelimiter = b.csvDelimiter;
    this.defaultSource = b.defaultSource;
    this.gazetteers = List.copyOf(b.gazetteers);
    this.storylines = List.copyOf(b.storylines);
    this.minPairDocs = b.minPairDocs;
    this.topics = b.topics;
    this.topicModel = b.topicModel;
    this.dedup = b.dedup;
    this.mode = b.mode;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Input paths as given: files, directories (read recursively) or globs; Hadoop paths. */
  public List<String> inputs() {
    return inputs;
  }

  /** The output folder (a Hadoop path) under which the tables are published. */
  public String output() {
    return output;
  }

  public InputFormat format() {
    return format;
  }

  public FieldMapping mapping() {
    return mapping;
  }

  public Period period() {
    return period;
  }

  /** Extra java.time patterns tried after the built-in date formats. */
  public List<String> dateFormats() {
    return dateFormats;
  }

  /** Whether an ambiguous {@code 03/04/2025} is read day-first. */
  public boolean dayFirst() {
    return dayFirst;
  }

  public UndatedPolicy undated() {
    return undated;
  }

  /** The forced input encoding, or null to detect it per file. */
  public String encoding() {
    return encoding;
  }

  public int maxRecordChars() {
    return maxRecordChars;
  }

  /** The source used when a record has neither a source field nor a URL. */
  public String defaultSource() {
    return defaultSource;
  }

  /** The user's gazetteer files (Hadoop paths), merged over the bundled one by entity_id in order. */
  public List<String> gazetteers() {
    return gazetteers;
  }

  /**
   * The user's storyline definition files (Hadoop paths), run instead of the bundled storylines;
   * empty to run the bundled ones.
   */
  public List<String> storylines() {
    return storylines;
  }

  /** Co-occurrence pairs seen together in fewer articles of their slice are not published. */
  public int minPairDocs() {
    return minPairDocs;
  }

  /** The topic models' settings. */
  public TopicSettings topics() {
    return topics;
  }

  /** The {@code --topic-model} folder whose saved models are reused, if given. */
  public Optional<String> topicModel() {
    return Optional.ofNullable(topicModel);
  }

  /** Whether the run replaces the published tables or appends a batch to them ({@code --mode}). */
  public RunMode mode() {
    return mode;
  }

  /** Near-duplicate detection's settings ({@code --dedup-threshold}, {@code --no-dedup}). */
  public DedupSettings dedup() {
    return dedup;
  }

  public ReaderOptions readerOptions() {
    return new ReaderOptions(
        encoding == null ? null : Charset.forName(encoding).name(), maxRecordChars, csvDelimiter);
  }

  /** The configuration as ordered key/values, for the run manifest. */
  public Map<String, Object> describe() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("inputs", inputs);
    out.put("output", output);
    out.put("format", format.cliName());
    Map<String, Object> map = new LinkedHashMap<>();
    mapping.asMap().forEach((field, names) -> map.put(field.key(), names));
    out.put("map", map);
    out.put("period", period.cliName());
    out.put("date_formats", dateFormats);
    out.put("day_first", dayFirst);
    out.put("undated", undated.cliName());
    out.put("encoding", encoding == null ? "auto" : encoding);
    out.put("max_record_chars", maxRecordChars);
    out.put("csv_delimiter", csvDelimiter == null ? "auto" : csvDelimiter.toString());
    out.put("default_source", defaultSource);
    out.put("gazetteers", gazetteers);
    out.put("storylines", storylines);
    out.put("min_pair_docs", minPairDocs);
    out.put("topics", topics.describe());
    out.put("topic_model", topicModel);
    out.put("dedup", dedup.describe());
    out.put("mode", mode.cliName());
    return out;
  }

  /** SHA-256 of {@link #describe()}, so two runs can be compared by their effective configuration. */
  public String hash() {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(describe().toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  @Override
  public String toString() {
    return "StorylinesConfig" + describe();
  }

  /** Collects values; {@link #build()} validates them all. */
  public static final class Builder {
    private final List<String> inputs = new ArrayList<>();
    private String output;
    private InputFormat format = InputFormat.AUTO;
    private FieldMapping mapping = FieldMapping.defaults();
    private Period period = Period.MONTH;
    private final List<String> dateFormats = new ArrayList<>();
    private boolean dayFirst;
    private UndatedPolicy undated = UndatedPolicy.REJECT;
    private String encoding;
    private int maxRecordChars = ReaderOptions.DEFAULT_MAX_RECORD_CHARS;
    private Character csvDelimiter;
    private String defaultSource = "unknown";
    private final List<String> gazetteers = new ArrayList<>();
    private final List<String> storylines = new ArrayList<>();
    private int minPairDocs = DEFAULT_MIN_PAIR_DOCS;
    private TopicSettings topics = TopicSettings.defaults();
    private String topicModel;
    private DedupSettings dedup = DedupSettings.defaults();
    private RunMode mode = RunMode.REPLACE;

    public Builder mode(RunMode value) {
      mode = java.util.Objects.requireNonNull(value, "mode");
      return this;
    }

    private Builder() {}

    public Builder dedup(DedupSettings value) {
      dedup = Objects.requireNonNull(value, "dedup");
      return this;
    }

    public Builder topics(TopicSettings value) {
      topics = Objects.requireNonNull(value, "topics");
      return this;
    }

    public Builder topicModel(String value) {
      topicModel = value == null || value.isBlank() ? null : value;
      return this;
    }

    public Builder minPairDocs(int value) {
      minPairDocs = value;
      return this;
    }

    public Builder gazetteers(List<String> paths) {
      gazetteers.addAll(paths);
      return this;
    }

    public Builder storylines(List<String> paths) {
      storylines.addAll(paths);
      return this;
    }

    public Builder input(String path) {
      inputs.add(path);
      return this;
    }

    public Builder inputs(List<String> paths) {
      inputs.addAll(paths);
      return this;
    }

    public Builder output(String value) {
      output = value;
      return this;
    }

    public Builder format(InputFormat value) {
      format = Objects.requireNonNull(value, "format");
      return this;
    }

    public Builder mapping(FieldMapping value) {
      mapping = Objects.requireNonNull(value, "mapping");
      return this;
    }

    public Builder period(Period value) {
      period = Objects.requireNonNull(value, "period");
      return this;
    }

    public Builder dateFormats(List<String> patterns) {
      dateFormats.addAll(patterns);
      return this;
    }

    public Builder dayFirst(boolean value) {
      dayFirst = value;
      return this;
    }

    public Builder undated(UndatedPolicy value) {
      undated = Objects.requireNonNull(value, "undated");
      return this;
    }

    public Builder encoding(String value) {
      encoding = value == null || value.equalsIgnoreCase("auto") ? null : value;
      return this;
    }

    public Builder maxRecordChars(int value) {
      maxRecordChars = value;
      return this;
    }

    public Builder csvDelimiter(Character value) {
      csvDelimiter = value;
      return this;
    }

    public Builder defaultSource(String value) {
      defaultSource = value;
      return this;
    }

    public StorylinesConfig build() {
      if (inputs.isEmpty()) {
        throw new ConfigException("no input: give at least one --input PATH");
      }
      for (String input : inputs) {
        if (input == null || input.isBlank()) {
          throw new ConfigException("--input is blank");
        }
      }
      if (output == null || output.isBlank()) {
        throw new ConfigException("no output: give --output DIR");
      }
      for (String storyline : storylines) {
        if (storyline == null || storyline.isBlank()) {
          throw new ConfigException("--storyline is blank");
        }
      }
      if (minPairDocs < 1) {
        throw new ConfigException("--min-pair-docs must be at least 1, not " + minPairDocs);
      }
      try {
        topics.validate();
      } catch (IllegalArgumentException e) {
        throw new ConfigException("topics: " + e.getMessage());
      }
      try {
        dedup.validate();
      } catch (IllegalArgumentException e) {
        throw new ConfigException(e.getMessage(), e);
      }
      for (String pattern : dateFormats) {
        try {
          DateTimeFormatter.ofPattern(pattern);
        } catch (IllegalArgumentException e) {
          throw new ConfigException(
              "bad --date-format '" + pattern + "': " + e.getMessage(), e);
        }
      }
      if (encoding != null && !Charset.isSupported(encoding)) {
        throw new ConfigException("unknown --encoding '" + encoding + "'");
      }
      if (csvDelimiter != null
          && (csvDelimiter == '"' || csvDelimiter == '\r' || csvDelimiter == '\n')) {
        // commons-csv refuses these (RFC 4180 quotes with " and ends records with line breaks);
        // refused here, they would fail every CSV file's read task instead.
        throw new ConfigException(
            "--csv-delimiter cannot be a double quote, a carriage return or a line feed: in CSV they"
                + " quote fields and end records");
      }
      if (maxRecordChars < 1024) {
        throw new ConfigException(
            "--max-record-chars must be at least 1024, not " + maxRecordChars);
      }
      if (defaultSource == null || !SOURCE_SLUG.matcher(defaultSource).matches()) {
        throw new ConfigException(
            "bad --default-source '" + defaultSource + "' (lower-case letters, digits, . _ -)");
      }
      return new StorylinesConfig(this);
    }
  }
}
