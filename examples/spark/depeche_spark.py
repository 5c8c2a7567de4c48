#!/usr/bin/env python3
"""Dépêche on Spark: read a folder of JSON Lines articles, pipe each partition through the
`depeche` binary, write the flat tables (articles, quotes, entities, mentions, times, places)
as Parquet, one folder per table.

    spark-submit --master local[2] --files target/release/depeche \\
        examples/spark/depeche_spark.py INPUT_DIR OUTPUT_DIR

Input lines are what `depeche analyze` reads as JSON Lines ({"id", "url", "title", "text" or
"html", "published", "source", …}). Each partition starts one `depeche analyze --format rows -`
process, writes its lines to the process's standard input from a thread and reads the rows
back as they come, so a partition is streamed, never held in memory. The flattening is the
binary's (crates/export), and the table schema is asked of the binary
(`depeche export --print-schema`), so the tables are the ones `depeche export` writes.

The binary is found as `--depeche PATH` when that file exists, else as a file shipped with
`spark-submit --files` (SparkFiles), on the driver and on every executor.
"""
import argparse
import json
import os
import stat
import subprocess
import sys
import tempfile
import threading

from pyspark import SparkFiles, StorageLevel
from pyspark.sql import SparkSession
from pyspark.sql import types as T

SPARK_TYPES = {
    "string": T.StringType(),
    "int64": T.LongType(),
    "float64": T.DoubleType(),
    "bool": T.BooleanType(),
    "date": T.DateType(),
}


def resolve_binary(name):
    """The path of the depeche binary on this machine (driver or executor)."""
    if os.path.isfile(name):
        path = name
    else:
        path = SparkFiles.get(os.path.basename(name))
        if not os.path.isfile(path):
            raise FileNotFoundError(
                f"depeche binary {name!r}: not a file here, and not shipped with --files"
            )
    # --files does not always keep the execute bit
    mode = os.stat(path).st_mode
    if not mode & stat.S_IXUSR:
        os.chmod(path, mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return path


def pipe_partition(binary, jobs, strict):
    """A mapPartitions function: the partition's lines through `depeche analyze --format rows`."""

    def run(index, lines):
        lines = iter(lines)
        first = next(lines, None)
        if first is None:
            return  # no process for an empty partition
        exe = resolve_binary(binary)
        cmd = [exe, "analyze", "--format", "rows", "--input-format", "jsonl", "--jobs", str(jobs), "-"]
        with tempfile.TemporaryFile() as err:
            proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=err)
            failure = []

            def feed():
                try:
                    proc.stdin.write(first.encode("utf-8") + b"\n")
                    for line in lines:
                        proc.stdin.write(line.encode("utf-8") + b"\n")
                except BrokenPipeError:
                    pass  # the process died: its exit code says why
                except Exception as e:  # reading the input failed: report it, do not hang
                    failure.append(e)
                finally:
                    try:
                        proc.stdin.close()
                    except BrokenPipeError:
                        pass

            writer = threading.Thread(target=feed, daemon=True)
            writer.start()
            for out in proc.stdout:
                yield out.decode("utf-8").rstrip("\n")
            writer.join()
            code = proc.wait()
            if failure:
                raise failure[0]
            err.seek(0)
            messages = err.read().decode("utf-8", "replace").strip()
            # exit 1: some articles were refused (each named on stderr), the rest are done;
            # anything else is a failure of the run itself
            if code != 0:
                if code != 1 or strict:
                    raise RuntimeError(f"partition {index}: {' '.join(cmd)} exited {code}: {messages[-4000:]}")
            if messages:
                print(f"depeche, partition {index}: {messages}", file=sys.stderr)

    return run


def table_schema(table):
    fields = [T.StructField("table", T.StringType(), False)]
    for c in table["columns"]:
        fields.append(T.StructField(c["name"], SPARK_TYPES[c["type"]], c["nullable"]))
    return T.StructType(fields)


def main(argv=None):
    ap = argparse.ArgumentParser(description="Run Dépêche over JSON Lines articles; write Parquet tables.")
    ap.add_argument("input", help="folder (or glob) of JSON Lines files, any Hadoop path")
    ap.add_argument("output", help="folder that receives one Parquet folder per table")
    ap.add_argument("--depeche", default="depeche", help="path of the binary, or the name shipped with --files")
    ap.add_argument("--partitions", type=int, default=0, help="repartition the input lines (default: as read)")
    ap.add_argument("--jobs", type=int, default=1, help="threads of each depeche process (default 1: Spark gives one core per task)")
    ap.add_argument("--strict", action="store_true", help="fail the task when an article is refused")
    ap.add_argument("--count-only", action="store_true", help="pipe and count rows, write nothing (to time the pipe alone)")
    args = ap.parse_args(argv)

    spark = SparkSession.builder.appName("depeche").getOrCreate()
    sc = spark.sparkContext
    schema = json.loads(subprocess.check_output([resolve_binary(args.depeche), "export", "--print-schema"]))

    lines = sc.textFile(args.input)
    if args.partitions > 0:
        lines = lines.repartition(args.partitions)
    rows = lines.mapPartitionsWithIndex(pipe_partition(args.depeche, args.jobs, args.strict))
    if args.count_only:
        print(f"depeche_spark: {rows.count()} rows", file=sys.stderr)
        spark.stop()
        return 0
    # every table is cut from the same piped rows: analyse once, keep the rows for six writes
    rows = rows.persist(StorageLevel.MEMORY_AND_DISK)
    for table in schema["tables"]:
        name = table["name"]
        tag = '{"table":"%s",' % name
        tagged = rows.filter(lambda line, tag=tag: line.startswith(tag))
        df = spark.read.schema(table_schema(table)).option("mode", "FAILFAST").json(tagged).drop("table")
        df.write.mode("errorifexists").parquet(os.path.join(args.output, name))
    rows.unpersist()
    spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
