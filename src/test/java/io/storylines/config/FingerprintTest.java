package io.storylines.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.storylines.entities.GazetteerFiles;
import io.storylines.storyline.StorylineFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fingerprints of the gazetteer and storyline files, which an appending run compares. */
class FingerprintTest {
  @TempDir Path temp;

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void isSha256OfTheLengthPrefixedParts() {
    // SHA-256 of the 8-byte length 0, as for one empty part.
    assertEquals(
        "af5570f5a1810b7af78caf4bc70a660f0df51e42baf91d4de5b2328de0e83dfc",
        Fingerprint.sha256(List.of(new byte[0])));
    assertNotEquals(
        Fingerprint.sha256(List.of(bytes("ab"), bytes("c"))),
        Fingerprint.sha256(List.of(bytes("a"), bytes("bc"))));
    assertEquals(
        Fingerprint.sha256(List.of(bytes("ab"), bytes("c"))),
        Fingerprint.sha256(List.of(bytes("ab"), bytes("c"))));
  }

  @Test
  void gazetteerFingerprintChangesWithAUserFileAndItsContent() throws Exception {
    Configuration conf = new Configuration();
    String bundled = GazetteerFiles.fingerprint(conf, List.of());
    assertEquals(bundled, GazetteerFiles.fingerprint(conf, List.of()));
    Path user = temp.resolve("mine.jsonl");
    Files.writeString(user, "{\"entity_id\":\"a\",\"type\":\"ORG\",\"name\":\"A\",\"aliases\":{\"en\":[\"Aco\"]}}\n");
    String withUser = GazetteerFiles.fingerprint(conf, List.of(user.toString()));
    assertNotEquals(bundled, withUser);
    Files.writeString(user, "{\"entity_id\":\"a\",\"type\":\"ORG\",\"name\":\"A\",\"aliases\":{\"en\":[\"Acme\"]}}\n");
    assertNotEquals(withUser, GazetteerFiles.fingerprint(conf, List.of(user.toString())));
  }

  @Test
  void storylineFingerprintsFollowTheFilesInOrder() throws Exception {
    Configuration conf = new Configuration();
    assertEquals(1, StorylineFiles.fingerprints(conf, List.of()).size());
    Path a = Files.writeString(temp.resolve("a.json"), "{\"storyline_id\": \"a\"}");
    Path b = Files.writeString(temp.resolve("b.json"), "{\"storyline_id\": \"b\"}");
    List<String> ab = StorylineFiles.fingerprints(conf, List.of(a.toString(), b.toString()));
    assertEquals(
        List.of(ab.get(1), ab.get(0)),
        StorylineFiles.fingerprints(conf, List.of(b.toString(), a.toString())));
    assertEquals(Fingerprint.sha256(List.of(Files.readAllBytes(a))), ab.get(0));
  }
}
