"""Tables for bench/topics.sh.

    python report.py merge RECORD.json SCORE.json TIME_V.txt [LABEL]  -> one JSON line on stdout
    python report.py table RESULTS.jsonl                               -> Markdown on stdout

``merge`` joins a runner's record, the scoring script's figures and the peak RSS that
``/usr/bin/time -v`` reports for the runner's process ("Maximum resident set size": the largest
resident set of the process or of any child it waited for, not their sum). ``table`` prints, per
K and tool, the medians over repetitions and their ratios to Mallet's (one thread) medians at the
same K ("train / Mallet, paired" is the median over repetitions of the ratio to the Mallet run of
the same repetition, which cancels some of the load that other work puts on the machine), then one
line per run.
"""
import json
import statistics
import sys


def merge(record_path, score_path, time_path, label=None):
    with open(record_path, encoding="utf-8") as f:
        record = json.load(f)
    with open(score_path, encoding="utf-8") as f:
        record.update(json.load(f))
    with open(time_path, encoding="utf-8") as f:
        for line in f:
            if "Maximum resident set size" in line:
                record["peak_rss_mb"] = int(line.rsplit(":", 1)[1]) / 1024
    record["label"] = label or record["tool"]
    print(json.dumps(record))


FIGURES = [("train_seconds", "train s", "{:.1f}"), ("peak_rss_mb", "peak RSS MB", "{:.0f}"),
           ("npmi", "NPMI", "{:.3f}"), ("median_df", "median DF", "{:.0f}"),
           ("perplexity", "perplexity", "{:.0f}")]


def table(results_path):
    with open(results_path, encoding="utf-8") as f:
        runs = [json.loads(line) for line in f if line.strip()]
    groups = {}
    for run in runs:
        groups.setdefault((run["k"], run["label"]), []).append(run)

    def median(k, label, key):
        values = [r[key] for r in groups.get((k, label), []) if r.get(key) is not None]
        return statistics.median(values) if values else None

    print("| K | tool | runs | " + " | ".join(name for _, name, _ in FIGURES)
          + " | train / Mallet | train / Mallet, paired | NPMI − Mallet | median DF / Mallet | perplexity / Mallet "
          + "| Spark start-up s |")
    print("|---|---|---|" + "---|" * (len(FIGURES) + 6))
    for k, label in sorted(groups, key=lambda g: (g[0], order(g[1]))):
        cells = []
        for key, _, fmt in FIGURES:
            value = median(k, label, key)
            cells.append("" if value is None else fmt.format(value))
        mallet = {key: median(k, "mallet", key) for key, _, _ in FIGURES}

        def ratio(key, fmt="{:.2f}"):
            value = median(k, label, key)
            if value is None or not mallet[key]:
                return ""
            return fmt.format(value / mallet[key])
        npmi = median(k, label, "npmi")
        mallet_by_seed = {r["seed"]: r["train_seconds"] for r in groups.get((k, "mallet"), [])}
        paired = [r["train_seconds"] / mallet_by_seed[r["seed"]] for r in groups[(k, label)]
                  if r["seed"] in mallet_by_seed]
        paired_cell = f"{statistics.median(paired):.2f}" if paired else ""
        startup = median(k, label, "startup_seconds")
        print(f"| {k} | {label} | {len(groups[(k, label)])} | " + " | ".join(cells)
              + f" | {ratio('train_seconds')} | {paired_cell} | "
              + ("" if mallet["npmi"] is None else f"{npmi - mallet['npmi']:+.3f}")
              + f" | {ratio('median_df')} | {ratio('perplexity', '{:.3f}')} | "
              + ("" if startup is None else f"{startup:.1f}") + " |")

    print()
    print("| K | tool | seed | train s | peak RSS MB | NPMI | median DF | perplexity |")
    print("|---|---|---|---|---|---|---|---|")
    for run in sorted(runs, key=lambda r: (r["k"], order(r["label"]), r["seed"])):
        print(f"| {run['k']} | {run['label']} | {run['seed']} | {run['train_seconds']:.1f} | "
              f"{run.get('peak_rss_mb', 0):.0f} | {run['npmi']:.3f} | {run['median_df']:.0f} | "
              f"{run['perplexity']:.0f} |")


def order(label):
    known = ["mallet", "mallet-2threads", "sklearn", "sklearn-2jobs", "mllib",
             "mllib-spark-defaults", "mllib-em"]
    return (known.index(label) if label in known else len(known), label)


if __name__ == "__main__":
    if sys.argv[1] == "merge":
        merge(*sys.argv[2:])
    elif sys.argv[1] == "table":
        table(sys.argv[2])
    else:
        raise SystemExit(f"unknown command {sys.argv[1]}")
