package io.storylines.dedup;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storylines.config.StorylinesConfig;
import io.storylines.ingest.ArticleMapper;
import io.storylines.ingest.DateParser;
import io.storylines.ingest.ListInputFiles;
import io.storylines.ingest.OutcomeRows;
import io.storylines.ingest.ReadArticles;
import io.storylines.ingest.RejectDuplicateIds;
import io.storylines.testing.Corpora;
import io.storylines.testing.Processes;
import io.storylines.testing.SharedSpark;
import io.storylines.text.AnalyzeText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7 on ANT v2.1 (Arabic): the corpus files some articles twice, under two categories, with
 * one URL. Of the pairs of articles with the same URL and identical title and body, at least 99%
 * must share a cluster at the default settings. The articles come from the job's own ingest and
 * text stages. Skipped when ../shared/corpora is absent.
 */
@ExtendWith(SharedSpark.class)
class FindDuplicatesAntCorpusTest {

  @TempDir Path temp;

  @Test
  void sameUrlIdenticalTextPairsShareACluster(SparkSession spark) throws Exception {
    Path tarball = Corpora.require("ant-v2.1-multisource/antcorpus.multisource.data.tar.gz");
    Path corpus = Files.createDirectories(temp.resolve("ant"));
    Processes.run(List.of("tar", "-xzf", tarball.toString(), "-C", corpus.toString()));
    StorylinesConfig config =
        StorylinesConfig.builder().input(corpus.toString()).output(temp.resolve("out").toString()).build();
    ArticleMapper mapper =
        new ArticleMapper(
            config.mapping(),
            new DateParser(config.dateFormats(), ZoneOffset.UTC, config.dayFirst()),
            config.period(),
            config.undated(),
            config.defaultSource());
    Dataset<Row> outcomes =
        new ReadArticles(mapper, config.readerOptions())
            .read(spark, new ListInputFiles(spark.sparkContext().hadoopConfiguration(), config.format()).list(config.inputs()))
            .outcomes();
    Dataset<Row> articles =
        new RejectDuplicateIds()
            .apply(new AnalyzeText().apply(outcomes))
            .filter(col(OutcomeRows.ACCEPTED))
            .persist(StorageLevel.MEMORY_AND_DISK());

    FindDuplicates.Result result = new FindDuplicates(DedupSettings.defaults()).apply(articles);
    Dataset<Row> clustered = articles.join(result.clusters(), OutcomeRows.ARTICLE_ID);
    Dataset<Row> a =
        clustered.select(
            col("article_id").as("id_a"), col("url").as("url_a"), col("title").as("title_a"),
            col("body").as("body_a"), col("dup_cluster").as("cluster_a"));
    Dataset<Row> b =
        clustered.select(
            col("article_id").as("id_b"), col("url").as("url_b"), col("title").as("title_b"),
            col("body").as("body_b"), col("dup_cluster").as("cluster_b"));
    Row pairs =
        a.join(b, col("url_a").equalTo(col("url_b")).and(col("id_a").lt(col("id_b"))))
            .filter(col("body_a").equalTo(col("body_b")).and(col("title_a").eqNullSafe(col("title_b"))))
            .agg(count(lit(1)), sum(when(col("cluster_a").equalTo(col("cluster_b")), 1).otherwise(0)))
            .first();
    long identical = pairs.getLong(0);
    long together = pairs.getLong(1);
    result.clusters().unpersist();
    articles.unpersist();

    assertTrue(identical > 1_000, "the corpus files over a thousand articles twice: " + identical);
    double recall = (double) together / identical;
    assertTrue(recall >= 0.99, "recall " + recall + ": " + together + " of " + identical + " pairs");
  }
}
