package io.storylines.ingest.format;

import io.storylines.ingest.RecordFields;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The fields of one TREC or Reuters record, as found by {@link SgmlRecordParser}: the text of each
 * element, by upper-case tag name, and the attributes of the record's own tag.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Names ignore case ({@code docno} finds {@code DOCNO}).
 *   <li>An element's value is its text with the SGML entities decoded (see {@link SgmlEntities})
 *       and then trimmed; an empty element gives the empty string.
 *   <li>A tag that occurs more than once gives the non-empty texts of its occurrences joined by a
 *       line break, in order.
 *   <li>An attribute of the record tag is a field unless an element has the same name.
 *   <li>Names are listed attributes first, then elements in the order they open.
 * </ul>
 *
 * <p>Values are decoded when asked for, so a record's text is held once however deeply its elements
 * nest.
 */
final class TrecFields implements RecordFields {

  private final String content;
  private final Map<String, String> attributes;
  private final Map<String, List<int[]>> elements;

  /**
   * @param content the record's text with its tags taken out
   * @param attributes the record tag's attributes, by upper-case name, decoded and trimmed
   * @param elements each element's {start, end} ranges in {@code content}, by upper-case tag name
   */
  TrecFields(String content, Map<String, String> attributes, Map<String, List<int[]>> elements) {
    this.content = content;
    this.attributes = attributes;
    this.elements = elements;
  }

  @Override
  public String get(String path) {
    String name = path.trim().toUpperCase(Locale.ROOT);
    List<int[]> ranges = elements.get(name);
    if (ranges == null) {
      return attributes.get(name);
    }
    StringBuilder joined = new StringBuilder();
    for (int[] range : ranges) {
      String text = SgmlEntities.decode(content.substring(range[0], range[1])).trim();
      if (!text.isEmpty()) {
        if (joined.length() > 0) {
          joined.append('\n');
        }
        joined.append(text);
      }
    }
    return joined.toString();
  }

  @Override
  public Set<String> names() {
    Set<String> names = new LinkedHashSet<>(attributes.keySet());
    names.addAll(elements.keySet());
    return Collections.unmodifiableSet(names);
  }
}
