package io.storylines.io;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storylines.testing.Project;
import io.storylines.testing.PythonEnv;
import io.storylines.testing.SampleRun;
import io.storylines.testing.SharedSpark;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The tables open in pyarrow, pandas, DuckDB and polars with no options, and every reader sees the
 * rows the job says it wrote (src/test/python/read_tables.py).
 */
@ExtendWith({SharedSpark.class, SampleRun.class})
class PythonReadersTest {

  @Test
  void tablesOpenInPyarrowPandasDuckdbAndPolars(SampleRun sample) throws Exception {
    String expected =
        new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(sample.result().tableRows());
    String output =
        PythonEnv.run(
            List.of(
                PythonEnv.python().toString(),
                Project.path("src/test/python/read_tables.py").toString(),
                sample.output().toString(),
                expected));
    assertTrue(output.contains("\"table\": \"articles\""), output);
    assertTrue(output.contains("\"table\": \"runs\""), output);
  }
}
