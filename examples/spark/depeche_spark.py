#!/usr/bin/env python3
"""Dépêche on Spark: read a folder of JSON Lines articles, pipe each partition through the
`depeche` binary, write the flat tables (articles, quotes, entities, mentions, times, places, events)
as Parquet, one folder per table.

    spark-submit --master local[2] --files target/release/depeche \\
        examples/spark/depeche_spark.py INPUT_DIR OUTPUT_DIR

Input lines are what `depeche analyze` reads as JSON Lines ({"id", "url", "title", "text" or
"html", "published", "source", …}). Each partition starts one `depeche` process and writes its
lines to the process's standard input, so a partition is streamed, never held in memory. The
tables are written in one of two ways (`--writer`):

- `binary` (the default): each task runs `depeche analyze --format parquet --out TASKDIR -`,
  so the binary flattens and writes the Parquet itself, exactly as when it runs alone, and the
  task renames its files into OUTPUT_DIR/<table>/part-NNNNN.parquet. Spark only
  distributes the input lines and starts the tasks: no output row crosses into Python or the
  JVM. OUTPUT_DIR must be a path every executor sees (local mode, or a shared mount on a
  cluster: NFS, /dbfs, gcsfuse). Part files are named by partition and written by rename, so a
  retried or speculative task replaces its own file with the same content.
- `spark`: each task runs `depeche analyze --format rows -` and Spark parses the rows (typed
  by `depeche export --print-schema`) and writes the Parquet itself, so OUTPUT_DIR can be any
  Hadoop URI (hdfs://, s3a://, gs://). Slower: every row goes through Python and the JVM.

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
import time
from urllib.parse import urlparse

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


def local_dir(output):
    """OUTPUT as a local path for the binary writer, or None when it names another file system."""
    url = urlparse(output)
    if url.scheme in ("", "file"):
        return url.path if url.scheme == "file" else output
    return None


def write_partition(binary, jobs, strict, output, tables):
    """A mapPartitions function: the partition's lines through `depeche analyze --format
    parquet`, its files renamed into OUTPUT/<table>/part-NNNNN.parquet. Yields one summary
    line (the binary's stderr) per partition that had lines."""

    def run(index, lines):
        lines = iter(lines)
        first = next(lines, None)
        if first is None:
            return  # no process and no files for an empty partition
        exe = resolve_binary(binary)
        # under OUTPUT so that the final rename stays on one file system
        task_dir = tempfile.mkdtemp(prefix=f"part-{index:05d}-", dir=os.path.join(output, "_temporary"))
        out_dir = os.path.join(task_dir, "tables")
        cmd = [exe, "analyze", "--format", "parquet", "--out", out_dir,
               "--input-format", "jsonl", "--jobs", str(jobs), "-"]
        try:
            with tempfile.TemporaryFile() as err:
                proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=err)
                # nothing comes back on stdout, so the lines can be written from this thread;
                # they are bytes (textFile(use_unicode=False)), passed on without decoding
                try:
                    proc.stdin.write(first)
                    proc.stdin.write(b"\n")
                    for line in lines:
                        proc.stdin.write(line)
                        proc.stdin.write(b"\n")
                except BrokenPipeError:
                    pass  # the process died: its exit code and stderr say why
                except BaseException:
                    # reading the input failed (or the task was killed): the process must not
                    # go on to write tables from a partial partition
                    proc.kill()
                    proc.wait()
                    raise
                finally:
                    try:
                        proc.stdin.close()
                    except BrokenPipeError:
                        pass
                code = proc.wait()
                err.seek(0)
                messages = err.read().decode("utf-8", "replace").strip()
            # exit 1: some articles were refused (each named on stderr), the tables hold the
            # rest; anything else is a failure of the run itself
            if code != 0 and (code != 1 or strict):
                raise RuntimeError(f"partition {index}: {' '.join(cmd)} exited {code}: {messages[-4000:]}")
            for name in tables:
                src = os.path.join(out_dir, f"{name}.parquet")
                if not os.path.isfile(src):
                    raise RuntimeError(f"partition {index}: {src}: the binary wrote no {name} table ({messages[-2000:]})")
                # named by partition, replaced by rename: a retried or speculative attempt
                # (same lines, same deterministic binary) leaves one file, never a duplicate
                os.replace(src, os.path.join(output, name, f"part-{index:05d}.parquet"))
        finally:
            for name in os.listdir(out_dir) if os.path.isdir(out_dir) else []:
                os.remove(os.path.join(out_dir, name))
            for d in (out_dir, task_dir):
                if os.path.isdir(d):
                    os.rmdir(d)
        yield f"partition {index}: {messages}"

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
    ap.add_argument("--writer", choices=["binary", "spark"], default="binary",
                    help="who writes the Parquet: the binary in each task (default; OUTPUT seen by every executor) "
                         "or Spark from the piped rows (any Hadoop URI, slower)")
    ap.add_argument("--partitions", type=int, default=0, help="repartition the input lines (default: as read)")
    ap.add_argument("--jobs", type=int, default=1, help="threads of each depeche process (default 1: Spark gives one core per task)")
    ap.add_argument("--strict", action="store_true", help="fail the task when an article is refused")
    ap.add_argument("--count-only", action="store_true", help="--writer spark: pipe and count rows, write nothing (to time the pipe alone)")
    ap.add_argument("--timings", action="store_true", help="print the time of each phase on stderr")
    args = ap.parse_args(argv)
    start = time.monotonic()

    def phase(what):
        if args.timings:
            print(f"depeche_spark: {time.monotonic() - start:8.2f} s {what}", file=sys.stderr, flush=True)

    out_dir = local_dir(args.output)
    if args.writer == "binary" and out_dir is None:
        ap.error(f"{args.output}: --writer binary writes through the executors' file system; "
                 "for an hdfs://, s3a:// or gs:// output use --writer spark (or a shared mount)")
    if out_dir is not None and os.path.exists(out_dir) and (not os.path.isdir(out_dir) or os.listdir(out_dir)):
        ap.error(f"{args.output}: already exists (remove it or choose another output directory)")

    spark = SparkSession.builder.appName("depeche").getOrCreate()
    sc = spark.sparkContext
    phase("session up")
    schema = json.loads(subprocess.check_output([resolve_binary(args.depeche), "export", "--print-schema"]))
    names = [t["name"] for t in schema["tables"]]

    if args.writer == "binary":
        # bytes, not str: the lines go to the binary as they were read, never decoded in Python
        lines = sc.textFile(args.input, use_unicode=False)
        if args.partitions > 0:
            lines = lines.repartition(args.partitions)
        for name in names:
            os.makedirs(os.path.join(out_dir, name))
        os.makedirs(os.path.join(out_dir, "_temporary"))
        done = lines.mapPartitionsWithIndex(
            write_partition(args.depeche, args.jobs, args.strict, out_dir, names)).collect()
        os.rmdir(os.path.join(out_dir, "_temporary"))
        for name in names:
            open(os.path.join(out_dir, name, "_SUCCESS"), "w").close()
        for message in done:
            print(f"depeche, {message}", file=sys.stderr)
        phase(f"job done ({len(done)} partitions)")
        spark.stop()
        phase("session stopped")
        return 0

    lines = sc.textFile(args.input)
    if args.partitions > 0:
        lines = lines.repartition(args.partitions)
    rows = lines.mapPartitionsWithIndex(pipe_partition(args.depeche, args.jobs, args.strict))
    if args.count_only:
        print(f"depeche_spark: {rows.count()} rows", file=sys.stderr)
        phase("rows counted")
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
        phase(f"{name} written")
    rows.unpersist()
    phase("job done")
    spark.stop()
    phase("session stopped")
    return 0

if __name__ == "__main__":
    sys.exit(main())
