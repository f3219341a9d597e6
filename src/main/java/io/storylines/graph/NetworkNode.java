package io.storylines.graph;

import io.storylines.xml.XmlText;
import java.util.Objects;

/**
 * A node of an {@link EntityNetwork}: one gazetteer entity.
 *
 * <p>{@code id} is the entity's id ({@code syria}, {@code us}), unique in its network; it must be
 * one or more ASCII letters, digits, {@code _ - . :} ({@link XmlText#isNameToken}), as every
 * gazetteer id is, because GraphML requires an XML name token and an id cannot be cleaned without
 * changing what it refers to. {@code label} is the display name, in any script; {@code type} is the
 * entity type ({@code PERSON}, {@code ORG}, {@code GPE}, ...); {@code nDocs} is the number of
 * articles of the period that mention the entity.
 */
public record NetworkNode(String id, String label, String type, long nDocs) {

  /**
   * @throws IllegalArgumentException if {@code id} is not an XML name token or {@code nDocs} is
   *     negative
   */
  public NetworkNode {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(type, "type");
    if (!XmlText.isNameToken(id)) {
      throw new IllegalArgumentException(
          "bad node id '"
              + id
              + "': an id is one or more ASCII letters, digits, '_', '-', '.' or ':'"
              + " (an XML name token)");
    }
    if (nDocs < 0) {
      throw new IllegalArgumentException("node " + id + ": n_docs must be >= 0, was " + nDocs);
    }
  }
}
