package io.storylines.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/**
 * Deals Parquet schemas into groups that Spark can read together with {@code mergeSchema}: no two
 * schemas of a group give one column name two different types. Spark's merge fails on such a pair
 * (an {@code id} that is {@code int64} in one file and a string in another), after a failed Spark
 * job and its logged stack traces.
 *
 * <p>Two fields of the same name agree when both are primitive with the same physical type, length
 * and logical type (so {@code int32} and {@code int64} disagree, and so do decimals of different
 * scales), or both are groups with the same logical type (list, map or none) whose fields of the
 * same name agree in turn; a field that only one schema has agrees with everything. Whether a field
 * is repeated must match; whether it is optional need not (Spark's merge makes it nullable). This
 * is stricter than Spark's own merge, never looser: two schemas it separates are only read apart.
 *
 * <p>Schemas are dealt in the order given, each to the first group all of whose schemas it agrees
 * with, else to a new group. A schema text that does not parse gets a group of its own.
 */
public final class ParquetSchemaGroups {
  private ParquetSchemaGroups() {}

  /**
   * @param pathsBySchema files by the schema text of their footers ({@link MessageType#toString})
   * @return the files of each group, in the order of the groups' first schemas
   */
  public static List<List<String>> of(Map<String, List<String>> pathsBySchema) {
    List<List<MessageType>> schemas = new ArrayList<>();
    List<List<String>> paths = new ArrayList<>();
    for (Map.Entry<String, List<String>> entry : pathsBySchema.entrySet()) {
      MessageType schema = parse(entry.getKey());
      int group = -1;
      if (schema != null) {
        for (int g = 0; g < schemas.size() && group < 0; g++) {
          if (schemas.get(g) != null && schemas.get(g).stream().allMatch(s -> agree(s, schema))) {
            group = g;
          }
        }
      }
      if (group < 0) {
        schemas.add(schema == null ? null : new ArrayList<>());
        paths.add(new ArrayList<>());
        group = schemas.size() - 1;
      }
      if (schema != null) {
        schemas.get(group).add(schema);
      }
      paths.get(group).addAll(entry.getValue());
    }
    return paths;
  }

  private static MessageType parse(String text) {
    try {
      return MessageTypeParser.parseMessageType(text);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** Whether the fields that {@code a} and {@code b} both have agree. */
  static boolean agree(GroupType a, GroupType b) {
    for (Type field : a.getFields()) {
      if (b.containsField(field.getName()) && !agree(field, b.getType(field.getName()))) {
        return false;
      }
    }
    return true;
  }

  private static boolean agree(Type a, Type b) {
    if (a.isPrimitive() != b.isPrimitive()
        || a.isRepetition(Type.Repetition.REPEATED) != b.isRepetition(Type.Repetition.REPEATED)
        || !Objects.equals(a.getLogicalTypeAnnotation(), b.getLogicalTypeAnnotation())) {
      return false;
    }
    if (a.isPrimitive()) {
      PrimitiveType pa = a.asPrimitiveType();
      PrimitiveType pb = b.asPrimitiveType();
      return pa.getPrimitiveTypeName() == pb.getPrimitiveTypeName()
          && pa.getTypeLength() == pb.getTypeLength();
    }
    return agree(a.asGroupType(), b.asGroupType());
  }
}
