package io.storylines.storyline;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One group of a storyline's anchor entities, such as Syria and its officials: a mention of any of
 * its {@code entityIds} (gazetteer ids) is a mention of the group.
 */
public record AnchorGroup(String name, List<String> entityIds) implements Serializable {
  public AnchorGroup {
    Objects.requireNonNull(name, "name");
    entityIds = List.copyOf(entityIds);
    if (entityIds.isEmpty()) {
      throw new IllegalArgumentException("anchor group '" + name + "' has no entity");
    }
  }
}
