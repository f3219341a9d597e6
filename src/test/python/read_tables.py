"""Opens the Storylines tables the way analysts do, with no special options, and checks them.

Usage: read_tables.py OUTPUT_DIR EXPECTED_JSON
EXPECTED_JSON maps each table name to its row count, e.g. {"articles": 72, "rejects": 9, "runs": 1}.
Each table is read with pyarrow, pandas, DuckDB and polars; the row counts must agree with the
expected ones, timestamps must come back as UTC (in pyarrow's types and as DuckDB's Python
values), and the period partition must be a column. First it checks what docs/tables.md says of
day periods in these readers.
Prints one JSON line per table and reader; exits non-zero on the first failure.
"""
import json
import os
import sys

import duckdb
import pandas as pd
import polars as pl
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pyarrow as pa


def check(condition, message):
    if not condition:
        print("FAILED: " + message, file=sys.stderr)
        sys.exit(1)


def check_day_periods():
    """What docs/tables.md says of day periods: DuckDB and polars infer DATE from the folder names,
    pyarrow and pandas keep strings, and the options it gives read strings in DuckDB and polars."""
    import tempfile
    with tempfile.TemporaryDirectory() as folder:
        for day in ("2025-05-13", "2025-05-14"):
            os.makedirs(os.path.join(folder, f"period={day}"))
            pq.write_table(pa.table({"n": [1]}), os.path.join(folder, f"period={day}", "part.parquet"))
        files = f"{folder}/**/*.parquet"
        check(duckdb.sql(f"select typeof(period) from read_parquet('{files}') limit 1").fetchone()[0]
              == "DATE", "docs/tables.md: DuckDB no longer reads day periods as DATE")
        check(duckdb.sql(f"select typeof(period) from read_parquet('{files}',"
                         " hive_types={'period': 'VARCHAR'}) limit 1").fetchone()[0] == "VARCHAR",
              "docs/tables.md: DuckDB's hive_types does not give a string period")
        check(pl.read_parquet(folder).schema["period"] == pl.Date,
              "docs/tables.md: polars no longer reads day periods as Date")
        check(pl.read_parquet(folder, hive_schema={"period": pl.String}).schema["period"] == pl.String,
              "docs/tables.md: polars' hive_schema does not give a string period")
        arrow = pq.read_table(folder).schema.field("period").type
        check(pa.types.is_string(arrow) or (pa.types.is_dictionary(arrow)
                                            and pa.types.is_string(arrow.value_type)),
              f"docs/tables.md: pyarrow reads day periods as {arrow}, not strings")


def main(output, expected):
    check_day_periods()
    for table, rows in expected.items():
        path = os.path.join(output, table)
        counts = {}

        arrow = pq.read_table(path)
        counts["pyarrow"] = arrow.num_rows
        for field in arrow.schema:
            if pa.types.is_timestamp(field.type):
                check(field.type.unit == "us" and field.type.tz in ("UTC", "+00:00"),
                      f"{table}.{field.name} is {field.type}, expected timestamp[us, tz=UTC]")

        frame = pd.read_parquet(path)
        counts["pandas"] = len(frame)

        counts["duckdb"] = duckdb.sql(
            f"select count(*) from read_parquet('{path}/**/*.parquet')").fetchone()[0]
        timestamps = [f.name for f in arrow.schema if pa.types.is_timestamp(f.type)]
        if timestamps and rows:
            # As Python values (fetchall), which DuckDB builds with pytz.
            columns = ", ".join(f'"{name}"' for name in timestamps)
            for value in duckdb.sql(
                    f"select {columns} from read_parquet('{path}/**/*.parquet')").fetchall()[0]:
                check(value is None or value.utcoffset().total_seconds() == 0,
                      f"{table}: DuckDB gave the timestamp {value!r}, expected UTC")

        counts["polars"] = pl.read_parquet(path).height

        for reader, n in counts.items():
            check(n == rows, f"{table} read with {reader}: {n} rows, expected {rows}")
        if table == "articles":
            check("period" in frame.columns, "articles: pandas did not rebuild the period column")
            periods = duckdb.sql(
                f"select distinct period from read_parquet('{path}/**/*.parquet')").fetchall()
            check(len(periods) > 0 and all(p[0] for p in periods),
                  "articles: DuckDB did not rebuild the period column from the folders")
            check("period" in pl.read_parquet(path).columns,
                  "articles: polars did not rebuild the period column")
            for body, sentences in zip(frame["body"], frame["sentences"]):
                for sentence in sentences:
                    text = body[sentence["start"]:sentence["end"]]
                    check(text and text == text.strip(),
                          f"articles: sentence {sentence} is not a trimmed span of its body")
        print(json.dumps({"table": table, "rows": counts}))

    with open(os.path.join(output, "_run.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    check(manifest["status"] == "succeeded", "_run.json status is not succeeded")


if __name__ == "__main__":
    main(sys.argv[1], json.loads(sys.argv[2]))
