package io.storylines.ingest.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.storylines.ingest.RecordFields;
import io.storylines.ingest.SourceRecord;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random bytes through every reader: bad data must become failed records, never exceptions. */
class RandomInputTest {

  private static final long SEED = 20180218L;
  private static final int ROUNDS = 300;

  /** Characters that drive the parsers' state machines, to reach deeper than plain noise. */
  private static final byte[] SYNTAX =
      "{}[]\",:;|\t\n\r\\ <>/=&#x3;DOCdocREUTERSTEXTaé0-".getBytes(StandardCharsets.UTF_8);

  @Test
  void randomBytesNeverThrow() {
    Random random = new Random(SEED);
    for (int round = 0; round < ROUNDS; round++) {
      byte[] bytes = randomBytes(random);
      for (InputFormat format :
          new InputFormat[] {
            InputFormat.AUTO, InputFormat.JSONL, InputFormat.JSON, InputFormat.CSV, InputFormat.TREC
          }) {
        ReaderOptions options =
            TestInputs.options().withMaxRecordChars(TestInputs.SMALL_LIMIT + random.nextInt(2000));
        RecordReader reader =
            RecordReaders.open(format, "random.bin", new ByteArrayInputStream(bytes), options);
        for (SourceRecord record : TestInputs.readAll(reader)) {
          assertNotNull(record.locator());
          assertEquals(record.isParsed(), record.failure() == null, record.toString());
          if (record.isParsed()) {
            readEveryField(record.fields());
          }
        }
      }
    }
  }

  @Test
  void mutatedRecordsNeverThrow() {
    Random random = new Random(SEED);
    String[][] samples = {
      {"a.jsonl", "{\"t\": \"a\", \"n\": {\"x\": [1, 2.5e3]}}\n{\"t\": \"b\"}\n"},
      {"a.json", "[{\"t\": \"a\", \"n\": {\"x\": [1, true]}},\n {\"t\": \"b\\\"q\"}]\n"},
      {"a.csv", "id,title,body\n1,\"a, b\",\"multi\nline \"\"q\"\"\"\n2,c,d\n"},
      {
        "a.sgm",
        "<REUTERS NEWID=\"1\"><TEXT><TITLE>T &lt;X&gt;</TITLE><BODY>b"
            + " &#3;</BODY></TEXT></REUTERS>\n"
            + "<DOC>\n"
            + "<DOCNO>d</DOCNO>\n"
            + "<TEXT>t & u</TEXT>\n"
            + "</DOC>\n"
      }
    };
    for (int round = 0; round < ROUNDS; round++) {
      for (String[] sample : samples) {
        byte[] bytes =
            mutate(
                sample[1].repeat(1 + random.nextInt(3)).getBytes(StandardCharsets.UTF_8), random);
        RecordReader reader =
            RecordReaders.open(
                InputFormat.AUTO, sample[0], new ByteArrayInputStream(bytes), TestInputs.options());
        for (SourceRecord record : TestInputs.readAll(reader)) {
          assertEquals(record.isParsed(), record.failure() == null, record.toString());
          if (record.isParsed()) {
            readEveryField(record.fields());
          }
        }
      }
    }
  }

  /** A few random edits: replaced bytes, deleted bytes, a cut-off end. */
  private static byte[] mutate(byte[] bytes, Random random) {
    byte[] result = bytes.clone();
    int edits = 1 + random.nextInt(4);
    for (int i = 0; i < edits && result.length > 0; i++) {
      int at = random.nextInt(result.length);
      switch (random.nextInt(3)) {
        case 0 -> result[at] = SYNTAX[random.nextInt(SYNTAX.length)];
        case 1 -> result[at] = (byte) random.nextInt(256);
        default -> {
          byte[] shorter = new byte[result.length - 1];
          System.arraycopy(result, 0, shorter, 0, at);
          System.arraycopy(result, at + 1, shorter, at, result.length - at - 1);
          result = shorter;
        }
      }
    }
    if (random.nextInt(4) == 0 && result.length > 0) {
      result = Arrays.copyOf(result, random.nextInt(result.length));
    }
    return result;
  }

  private static byte[] randomBytes(Random random) {
    byte[] bytes = new byte[random.nextInt(4000)];
    boolean syntaxOnly = random.nextBoolean();
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] =
          syntaxOnly || random.nextInt(4) > 0
              ? SYNTAX[random.nextInt(SYNTAX.length)]
              : (byte) random.nextInt(256);
    }
    return bytes;
  }

  private static void readEveryField(RecordFields fields) {
    for (String name : fields.names()) {
      try {
        fields.get(name);
        fields.get(name + ".x");
      } catch (RecordFields.WrongTypeException objectOrArray) {
        assertNotNull(objectOrArray.getMessage());
      }
    }
  }
}
