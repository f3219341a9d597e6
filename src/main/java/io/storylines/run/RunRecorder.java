package io.storylines.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.storylines.config.ConfigException;
import io.storylines.config.StorylinesConfig;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Records one run on the driver: its id, the stages with their seconds and counts, and everything
 * the run manifest ({@code _run.json} and the {@code runs} table) says. Stages run through {@link
 * #stage}, which times them, reports them to {@link Progress}, and wraps a failure in a {@link
 * StageFailedException} naming the stage; a {@link ConfigException} passes through unchanged,
 * because it is the user's to fix (a usage error, not a job failure).
 */
public final class RunRecorder {
  private static final DateTimeFormatter RUN_ID_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final String runId;
  private final Instant startedAt;
  private final Clock clock;
  private final StorylinesConfig config;
  private final List<String> arguments;
  private final Map<String, String> versions;
  private final Progress progress;
  /** The innermost stage whose body threw, if one did. */
  private String failedStage;
  private final List<StageRecord> stages = new ArrayList<>();
  private final Map<String, Object> sections = new LinkedHashMap<>();
  private final Map<String, Long> stagePeakHeap = new LinkedHashMap<>();
  private final Map<String, Long> stagePeakLive = new LinkedHashMap<>();
  private long runPeakHeap;
  private long runPeakLive;

  public RunRecorder(
      StorylinesConfig config,
      List<String> arguments,
      Map<String, String> versions,
      Progress progress,
      Clock clock) {
    Shutdown.watch();
    this.clock = clock;
    this.startedAt = clock.instant();
    byte[] random = new byte[3];
    new SecureRandom().nextBytes(random);
    this.runId = RUN_ID_TIME.format(startedAt) + "-" + HexFormat.of().formatHex(random);
    this.config = config;
    this.arguments = List.copyOf(arguments);
    this.versions = Map.copyOf(versions);
    this.progress = progress;
    HeapWatch.get().restart();
  }

  public String runId() {
    return runId;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public List<String> arguments() {
    return arguments;
  }

  public String configHash() {
    return config.hash();
  }

  public Map<String, String> versions() {
    return versions;
  }

  public List<StageRecord> stages() {
    return List.copyOf(stages);
  }

  public Progress progress() {
    return progress;
  }

  /** The body of a stage: returns its value and the counts to report for it. */
  @FunctionalInterface
  public interface StageBody<T> extends Callable<StageOutput<T>> {}

  /** A stage's value and its counts, in the order they should be shown. */
  public record StageOutput<T>(T value, Map<String, Long> counts) {}

  public <T> T stage(String name, StageBody<T> body) {
    long start = System.nanoTime();
    StageOutput<T> output;
    try {
      output = body.call();
    } catch (ConfigException | StageFailedException e) {
      // A stage run inside this one that failed has already named itself.
      if (failedStage == null) {
        failedStage = name;
      }
      throw e;
    } catch (Exception e) {
      failedStage = name;
      throw new StageFailedException(name, e, Shutdown.begun());
    }
    StageRecord record = new StageRecord(name, (System.nanoTime() - start) / 1e9, output.counts());
    stages.add(record);
    long peak = HeapWatch.get().peakBytes();
    long live = HeapWatch.get().peakLiveBytes();
    stagePeakHeap.put(name, peak);
    stagePeakLive.put(name, live);
    runPeakHeap = Math.max(runPeakHeap, peak);
    runPeakLive = Math.max(runPeakLive, live);
    HeapWatch.get().restart();
    progress.stage(record);
    return output.value();
  }

  /** Adds a named section to the manifest ({@code inputs}, {@code counts}, {@code tables}, ...). */
  public void section(String name, Object value) {
    sections.put(name, value);
  }

  public double secondsSoFar() {
    return (clock.instant().toEpochMilli() - startedAt.toEpochMilli()) / 1000.0;
  }

  /** The manifest as an ordered tree, ready for JSON. */
  public Map<String, Object> manifest(String status, Instant endedAt, Throwable error) {
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("run_id", runId);
    manifest.put("status", status);
    manifest.put("started_at", startedAt.toString());
    manifest.put("ended_at", endedAt.toString());
    manifest.put("seconds", (endedAt.toEpochMilli() - startedAt.toEpochMilli()) / 1000.0);
    manifest.put("arguments", arguments);
    manifest.put("config", config.describe());
    manifest.put("config_hash", config.hash());
    manifest.put("versions", versions);
    Map<String, Object> heap = new LinkedHashMap<>();
    heap.put("max_bytes", HeapWatch.get().maxBytes());
    heap.put("peak_bytes", runPeakHeap);
    heap.put("stage_peak_bytes", new LinkedHashMap<>(stagePeakHeap));
    heap.put("peak_live_bytes", runPeakLive);
    heap.put("stage_peak_live_bytes", new LinkedHashMap<>(stagePeakLive));
    manifest.put("driver_heap", heap);
    List<Map<String, Object>> stageList = new ArrayList<>();
    for (StageRecord stage : stages) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("name", stage.name());
      entry.put("seconds", Math.round(stage.seconds() * 1000) / 1000.0);
      entry.put("counts", stage.counts());
      stageList.add(entry);
    }
    manifest.put("stages", stageList);
    manifest.putAll(sections);
    if (error != null) {
      Map<String, Object> failure = new LinkedHashMap<>();
      // The stage that failed, or that found the configuration error (null: before any stage).
      failure.put("stage", failedStage);
      failure.put("message", String.valueOf(error.getMessage()));
      manifest.put("error", failure);
    }
    return manifest;
  }

  /**
   * The manifest as indented JSON. JSON has no NaN or infinity: such a figure (the log-perplexity
   * bound of a reused model none of whose words a batch has, say) is written as null, not as the
   * string Jackson would write by default.
   */
  public static String toJson(Map<String, Object> manifest) {
    try {
      return new ObjectMapper()
              .enable(SerializationFeature.INDENT_OUTPUT)
              .registerModule(new SimpleModule().addSerializer(Double.class, FINITE_OR_NULL))
              .writeValueAsString(manifest)
          + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the run manifest as JSON", e);
    }
  }

  private static final StdSerializer<Double> FINITE_OR_NULL =
      new StdSerializer<>(Double.class) {
        @Override
        public void serialize(Double value, com.fasterxml.jackson.core.JsonGenerator out, SerializerProvider provider)
            throws java.io.IOException {
          if (Double.isFinite(value)) {
            out.writeNumber(value);
          } else {
            out.writeNull();
          }
        }
      };
}
