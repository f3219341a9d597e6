package io.storylines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storylines.testing.Project;
import io.storylines.testing.PythonEnv;
import io.storylines.testing.SampleRun;
import io.storylines.testing.SharedSpark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The analysts' notebooks, {@code notebooks/*.ipynb}, run on the tables of the sample run: every
 * cell, in a kernel of the venv built from {@code notebooks/requirements.txt}, headlessly, with
 * {@code STORYLINES_OUTPUT} naming the run's output (src/test/python/run_notebooks.py). A failing
 * cell fails the test with the notebook, the cell and the error. The executed notebooks, with
 * their tables and figures, are written to {@code target/notebooks/}; the committed ones hold no
 * outputs.
 */
@ExtendWith({SharedSpark.class, SampleRun.class})
class NotebooksTest {
  private static final Path NOTEBOOKS = Project.path("notebooks");
  private static final int CELL_TIMEOUT_SECONDS = 300;

  @Test
  void everyNotebookRunsOnTheSampleRun(SampleRun sample) throws Exception {
    String output =
        PythonEnv.run(
            List.of(
                PythonEnv.python().toString(),
                Project.path("src/test/python/run_notebooks.py").toString(),
                NOTEBOOKS.toString(),
                Project.path("target/notebooks").toString(),
                sample.output().toString(),
                "--timeout",
                String.valueOf(CELL_TIMEOUT_SECONDS)));
    for (Path notebook : notebooks()) {
      assertTrue(
          output.contains("{\"notebook\": \"" + notebook.getFileName() + "\""),
          notebook.getFileName() + " did not run:\n" + output);
    }
  }

  @Test
  void notebooksAreCommittedWithoutOutputs() throws IOException {
    List<String> cellsWithOutputs = new ArrayList<>();
    for (Path notebook : notebooks()) {
      JsonNode cells = new ObjectMapper().readTree(notebook.toFile()).path("cells");
      for (int i = 0; i < cells.size(); i++) {
        JsonNode cell = cells.get(i);
        boolean hasOutputs = cell.path("outputs").size() > 0;
        boolean executed = cell.hasNonNull("execution_count");
        if (hasOutputs || executed) {
          cellsWithOutputs.add(notebook.getFileName() + " cell " + (i + 1));
        }
      }
    }
    assertEquals(
        List.of(),
        cellsWithOutputs,
        "clear all outputs (and so the execution counts) of these notebooks before committing");
  }

  private static List<Path> notebooks() throws IOException {
    try (Stream<Path> files = Files.list(NOTEBOOKS)) {
      List<Path> notebooks =
          files.filter(path -> path.toString().endsWith(".ipynb")).sorted().toList();
      assertFalse(notebooks.isEmpty(), "no notebooks in " + NOTEBOOKS);
      return notebooks;
    }
  }
}
