"""Run planx over an archive with Spark's RDD.pipe, in local mode.

usage: python3 planx_pipe.py ARCHIVE_DIR OUT.jsonl [--planx PATH] [--partitions N]

Each partition's file paths go to one `planx batch --files-from - --quiet`
process on its standard input; its JSON lines come back on standard output.
The lines are sorted by source path, so the output equals
`planx batch ARCHIVE_DIR` run over absolute paths.
"""
import argparse
import json
import os
import sys

from pyspark.sql import SparkSession


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("archive")
    ap.add_argument("out")
    ap.add_argument("--planx", default="planx")
    ap.add_argument("--partitions", type=int, default=4)
    args = ap.parse_args()

    paths = sorted(
        os.path.join(d, f)
        for d, _, files in os.walk(os.path.abspath(args.archive))
        for f in files
    )
    spark = (
        SparkSession.builder.master("local[2]")
        .appName("planx")
        .config("spark.ui.enabled", "false")
        .getOrCreate()
    )
    rdd = spark.sparkContext.parallelize(paths, args.partitions)
    lines = rdd.pipe(f"{args.planx} batch --files-from - --quiet").collect()
    spark.stop()
    records = sorted(lines, key=lambda l: json.loads(l)["source"]["path"])
    with open(args.out, "w", encoding="utf-8") as out:
        for line in records:
            out.write(line + "\n")
    print(f"{len(records)} records from {len(paths)} files", file=sys.stderr)


if __name__ == "__main__":
    main()
