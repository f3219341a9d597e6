package io.storylines.storyline;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One storyline, as a definition file describes it ({@code data/storylines/README.md}): its id and
 * title, the anchor entity groups whose joint mention makes an article relevant, the {@link
 * RelevanceRule}, and the {@link Frame}s whose lexicons say which angle an article takes.
 * Immutable; built by {@link StorylineParser}, which validates it.
 *
 * @param file the definition file it was read from, as messages and the run manifest name it
 */
public record StorylineDefinition(
    String storylineId,
    String title,
    String description,
    List<AnchorGroup> anchors,
    RelevanceRule rule,
    List<Frame> frames,
    String file)
    implements Serializable {

  public StorylineDefinition {
    Objects.requireNonNull(storylineId, "storylineId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(rule, "rule");
    anchors = List.copyOf(anchors);
    frames = List.copyOf(frames);
    if (rule.mode().needsAnchors() && anchors.isEmpty()) {
      throw new IllegalArgumentException(
          "storyline " + storylineId + ": mode " + rule.mode().code() + " needs anchor groups");
    }
    Set<String> frameIds = new HashSet<>();
    for (Frame frame : frames) {
      if (!frameIds.add(frame.frameId())) {
        throw new IllegalArgumentException(
            "storyline " + storylineId + ": frame '" + frame.frameId() + "' is defined twice");
      }
    }
  }
}
