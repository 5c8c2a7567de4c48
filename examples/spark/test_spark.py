#!/usr/bin/env python3
"""The Spark example, end to end, in Spark's local mode: the Wikinews corpus as JSON Lines,
piped through the release binary by `depeche_spark.py` (shipped with --files), must give the
same tables as `depeche analyze --format parquet` run directly on the same files, with each
of the script's writers (`--writer binary`, the default, and `--writer spark`). DuckDB reads
both sides, so the check also proves that a second engine reads Dépêche's Parquet.

Opt-in and heavy (a JVM, ~1 min): run by .ci/run when DEPECHE_SPARK_TESTS=1.

    cargo build --release && examples/spark/setup-venv.sh
    examples/spark/.venv/bin/python examples/spark/test_spark.py [--data ../shared/data/wikinews-fr/txt]
"""
import argparse
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(ROOT.parent / "shared/data/wikinews-fr/txt"))
    ap.add_argument("--binary", default=str(ROOT / "target/release/depeche"))
    ap.add_argument("--cores", type=int, default=2)
    args = ap.parse_args()
    import duckdb

    passed, failed = 0, 0

    def check(ok, what):
        nonlocal passed, failed
        if ok:
            passed += 1
            print(f"ok: {what}")
        else:
            failed += 1
            print(f"FAILED: {what}")

    binary = pathlib.Path(os.environ.get("CARGO_TARGET_DIR", ""), "release/depeche") if os.environ.get("CARGO_TARGET_DIR") else pathlib.Path(args.binary)
    if not binary.is_file():
        print(f"test_spark: {binary}: no release binary (cargo build --release)", file=sys.stderr)
        return 2
    if not pathlib.Path(args.data).is_dir():
        print(f"test_spark: {args.data}: corpus not found", file=sys.stderr)
        return 2
    tmp = pathlib.Path(tempfile.mkdtemp(prefix="depeche-spark-"))
    try:
        corpus = tmp / "corpus"
        subprocess.run([sys.executable, str(HERE / "wikinews_to_jsonl.py"), args.data, str(corpus), "--files", "4"], check=True)
        direct = tmp / "direct"
        subprocess.run([str(binary), "analyze", "--format", "parquet", "--out", str(direct), str(corpus)], check=True)
        submit = HERE / ".venv/bin/spark-submit"
        env = dict(os.environ, PYSPARK_PYTHON=sys.executable, SPARK_LOCAL_IP="127.0.0.1")
        db = duckdb.connect()
        n_articles = sum(1 for f in corpus.glob("*.jsonl") for _ in open(f, encoding="utf-8"))
        for writer in ["binary", "spark"]:
            spark_out = tmp / f"spark-{writer}"
            subprocess.run(
                [str(submit), "--master", f"local[{args.cores}]", "--conf", "spark.ui.enabled=false",
                 "--files", str(binary), str(HERE / "depeche_spark.py"), "--writer", writer,
                 str(corpus), str(spark_out)],
                check=True, env=env,
            )
            for table in ["articles", "quotes", "entities", "mentions", "times", "places"]:
                a = db.execute(f"SELECT * FROM read_parquet('{direct}/{table}.parquet') ORDER BY ALL").fetchall()
                b = db.execute(f"SELECT * FROM read_parquet('{spark_out}/{table}/*.parquet') ORDER BY ALL").fetchall()
                cols_a = [d[0] for d in db.execute(f"DESCRIBE SELECT * FROM read_parquet('{direct}/{table}.parquet')").fetchall()]
                cols_b = [d[0] for d in db.execute(f"DESCRIBE SELECT * FROM read_parquet('{spark_out}/{table}/*.parquet')").fetchall()]
                check(cols_a == cols_b, f"{writer} writer, {table}: same columns ({len(cols_a)})")
                check(len(a) > 0, f"{writer} writer, {table}: {len(a)} rows directly")
                check(a == b, f"{writer} writer, {table}: Spark rows equal direct rows ({len(b)} vs {len(a)})")
            # the binary writer's output is a finished Spark-style folder: one part per
            # non-empty partition, a _SUCCESS marker, no task leftovers
            if writer == "binary":
                check(not (spark_out / "_temporary").exists(), "binary writer: no _temporary left")
                parts = sorted(p.name for p in (spark_out / "quotes").iterdir())
                check("_SUCCESS" in parts and all(p.startswith("part-") for p in parts if p != "_SUCCESS"),
                      f"binary writer: quotes/ holds part files and _SUCCESS ({len(parts)} entries)")
        (articles,) = db.execute(f"SELECT count(*) FROM '{direct}/articles.parquet'").fetchone()
        check(articles == n_articles, f"one articles row per input line ({articles} of {n_articles})")
        (quotes,) = db.execute(f"SELECT sum(quotes) FROM '{direct}/articles.parquet'").fetchone()
        (qrows,) = db.execute(f"SELECT count(*) FROM '{direct}/quotes.parquet'").fetchone()
        check(quotes == qrows, f"articles.quotes sums to the quotes rows ({quotes})")

        # bad input, each class with its own clear error
        script = [sys.executable, str(HERE / "depeche_spark.py"), "--depeche", str(binary)]
        r = subprocess.run(script + [str(corpus), "hdfs://namenode/news/out"], capture_output=True, text=True, env=env)
        check(r.returncode == 2 and "hdfs://namenode/news/out" in r.stderr and "--writer spark" in r.stderr,
              f"binary writer refuses an hdfs:// output, naming it ({r.returncode}: {r.stderr.strip()[-120:]})")
        r = subprocess.run(script + [str(corpus), str(direct)], capture_output=True, text=True, env=env)
        check(r.returncode == 2 and str(direct) in r.stderr and "already exists" in r.stderr,
              f"an existing output folder is refused, named ({r.returncode}: {r.stderr.strip()[-120:]})")
        # a bad line (invalid JSON) is reported with its line and skipped; --strict fails the job
        bad = tmp / "bad"
        bad.mkdir()
        lines = open(corpus / "part-00000.jsonl", encoding="utf-8").read().splitlines()[:5]
        (bad / "part-00000.jsonl").write_text("\n".join(lines[:2] + ['{"id": "broken", "text": '] + lines[2:]) + "\n")
        submit_bad = [str(submit), "--master", "local[1]", "--conf", "spark.ui.enabled=false", "--files", str(binary),
                      str(HERE / "depeche_spark.py")]
        r = subprocess.run(submit_bad + [str(bad), str(tmp / "bad-out")], capture_output=True, text=True, env=env)
        (kept,) = db.execute(f"SELECT count(*) FROM read_parquet('{tmp}/bad-out/articles/*.parquet')").fetchone() if r.returncode == 0 else (None,)
        # spark-submit passes the driver script's stderr on its stdout
        check(r.returncode == 0 and kept == len(lines) and "<stdin>:3: invalid JSON" in r.stdout + r.stderr,
              f"a bad line is reported (<stdin>:3) and the {len(lines)} good articles are written ({r.returncode}, {kept})")
        r = subprocess.run(submit_bad + ["--strict", str(bad), str(tmp / "bad-strict")], capture_output=True, text=True, env=env)
        check(r.returncode != 0 and "invalid JSON" in r.stdout + r.stderr, f"--strict fails the job on a bad line ({r.returncode})")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
