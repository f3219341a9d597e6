package io.storylines.bench.topics;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A topic–word matrix (K rows, one per topic; V columns, one per term) written as a NumPy
 * {@code .npy} file of little-endian doubles, rows normalized to sum to 1, so that one scoring
 * script reads every tool's output the same way.
 */
public final class TopicWordMatrix {
  private TopicWordMatrix() {}

  /** Normalizes each row of {@code weights} in place to a probability distribution. */
  public static double[][] normalizeRows(double[][] weights) {
    for (double[] row : weights) {
      double sum = 0;
      for (double w : row) {
        sum += w;
      }
      if (!(sum > 0)) {
        throw new IllegalArgumentException("a topic has no weight: sum " + sum);
      }
      for (int j = 0; j < row.length; j++) {
        row[j] /= sum;
      }
    }
    return weights;
  }

  /** Writes {@code rows} (all of one length) as a 2-D {@code .npy} array in C order. */
  public static void writeNpy(Path file, double[][] rows) throws IOException {
    int columns = rows.length == 0 ? 0 : rows[0].length;
    String dict = "{'descr': '<f8', 'fortran_order': False, 'shape': (" + rows.length + ", "
        + columns + "), }";
    // Format 1.0: magic, version, 2-byte header length; header padded with spaces and ended by a
    // newline so that magic + length + header is a multiple of 64 bytes.
    int unpadded = 10 + dict.length() + 1;
    int padding = (64 - unpadded % 64) % 64;
    String header = dict + " ".repeat(padding) + "\n";
    try (OutputStream raw = Files.newOutputStream(file);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16))) {
      out.write(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0});
      out.write(header.length() & 0xff);
      out.write((header.length() >> 8) & 0xff);
      out.write(header.getBytes(StandardCharsets.US_ASCII));
      ByteBuffer buffer = ByteBuffer.allocate(8 * columns).order(ByteOrder.LITTLE_ENDIAN);
      for (double[] row : rows) {
        if (row.length != columns) {
          throw new IllegalArgumentException("ragged matrix: " + row.length + " != " + columns);
        }
        buffer.clear();
        for (double v : row) {
          buffer.putDouble(v);
        }
        out.write(buffer.array());
      }
    }
  }
}
