"""Analyse an archive of Korean news with yoyak on Apache Spark.

    python jobs/archive_job.py INPUT OUT [--master local[2]] [--partitions N]

INPUT is JSON lines ({"id", "text"} per line, as `yoyak analyze --jsonl` reads) or, when it ends
in .parquet (file or folder), Parquet with columns id and text. OUT receives:

- articles/      Parquet, one row per input article: id, error (null when analysed), title,
                 publisher, published, summary, keywords, entities, sentence count, the text
                 and `analysis`, the full answer as the `yoyak` command's JSON.
- entities/      Parquet, the corpus entity index: one row per entity id ("LABEL:name" as the
                 explorer groups them) with its commonest spelling, article and mention counts
                 and some article ids.
- library.json   The analysed articles as a yoyak library file, which the web app's library
                 import reads, building the same explorer for them in the page. The driver
                 writes it to its own disk (--library for a remote OUT), at most
                 --library-limit articles: a page holds its library in the browser.

A bad article (not JSON, no text, empty, too long) gets a row with its error, in the CLI's words,
and the job goes on. Each Python worker imports yoyak once and reuses it for every partition it
runs, so the entity model is decoded once per worker process.

On a cluster only the master changes, e.g. `spark-submit --master spark://host:7077
jobs/archive_job.py hdfs:///news.jsonl hdfs:///out` with the yoyak wheel pip-installed on
every worker (docs/scale.md).
"""

import argparse
import json
import os
import re
import sys
import time

from pyspark.sql import SparkSession
from pyspark.sql import functions as F
from pyspark.sql import types as T

ENTITY = T.StructType(
    [
        T.StructField("id", T.StringType()),
        T.StructField("label", T.StringType()),
        T.StructField("text", T.StringType()),
        T.StructField("start", T.LongType()),
        T.StructField("end", T.LongType()),
    ]
)

ARTICLE = T.StructType(
    [
        T.StructField("id", T.StringType()),
        T.StructField("error", T.StringType()),
        T.StructField("title", T.StringType()),
        T.StructField("publisher", T.StringType()),
        T.StructField("published", T.StringType()),
        T.StructField("summary", T.ArrayType(T.StringType())),
        T.StructField("keywords", T.ArrayType(T.StringType())),
        T.StructField("entities", T.ArrayType(ENTITY)),
        T.StructField("sentences", T.LongType()),
        T.StructField("analysis", T.StringType()),
        # The text as given (for Parquet input) or the cleaned body: the library file needs it,
        # since the page analyses what it imports.
        T.StructField("text", T.StringType()),
    ]
)

# The library import (web/src/export.rs) accepts these ids only.
LIBRARY_ID = re.compile(r"[A-Za-z0-9_-]{1,100}")
LIBRARY_FORMAT = "yoyak-library"
LIBRARY_VERSION = 1


def id_text(value):
    """An id as a string column: JSON ids may be numbers."""
    if value is None:
        return None
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def article_row(yoyak, line, text):
    """One input article as an ARTICLE row; `line` is its JSON-lines request."""
    answer = yoyak.run_line(line)
    article_id = id_text(answer.get("id"))
    if "error" in answer:
        return (article_id, answer["error"], None, None, None, None, None, None, None, None, None)
    clean = answer["clean"]
    meta = clean.get("metadata") or {}
    sentences = answer["sentences"]
    body = clean["body"]
    entities = [
        (
            yoyak.entity_id(e["label"], e["text"]),
            e["label"],
            e["text"],
            e["span"]["char_start"],
            e["span"]["char_end"],
        )
        for e in answer["entities"]
    ]
    del answer["id"]
    return (
        article_id,
        None,
        clean.get("title") or meta.get("title"),
        meta.get("publisher"),
        meta.get("published"),
        [sentences[i]["text"] for i in answer["summary"]["indices"]],
        [k["text"] for k in answer["keywords"]],
        entities,
        len(sentences),
        json.dumps(answer, ensure_ascii=False),
        text if text is not None else body,
    )


def analyse_lines(lines):
    """mapPartitions over JSON lines: the request goes to yoyak as the CLI would read it."""
    import yoyak  # once per Python worker: later partitions find it in sys.modules

    for row in lines:
        line = row[0]
        text = None
        try:
            text = json.loads(line).get("text")
        except (ValueError, AttributeError):
            pass  # yoyak reports what is wrong with the line
        yield article_row(yoyak, line, text if isinstance(text, str) else None)


def analyse_columns(rows):
    """mapPartitions over Parquet rows (id, text)."""
    import yoyak

    for row in rows:
        line = json.dumps({"id": row[0], "text": row[1]}, ensure_ascii=False)
        yield article_row(yoyak, line, row[1])


def library_id(raw, n, taken):
    base = raw if raw is not None and LIBRARY_ID.fullmatch(raw) else None
    if base is None:
        cleaned = re.sub(r"[^A-Za-z0-9_-]", "_", raw or "")[:90].strip("_")
        base = cleaned or f"article-{n}"
    candidate, k = base, 2
    while candidate in taken:
        candidate, k = f"{base[:90]}-{k}", k + 1
    taken.add(candidate)
    return candidate


def write_library(articles, path, limit):
    """Streams the analysed articles into a library file, at most `limit` of them: a page keeps
    its library in the browser, so an archive is opened in slices."""
    saved_at = time.time() * 1000.0
    taken = set()
    n = 0
    rows = (
        articles.where(F.col("error").isNull())
        .select("id", "text")
        .orderBy("id")
        .limit(limit)
        .toLocalIterator()
    )
    with open(path, "w", encoding="utf-8") as out:
        out.write('{"format": "%s", "version": %d, "articles": [' % (LIBRARY_FORMAT, LIBRARY_VERSION))
        for row in rows:
            n += 1
            entry = {"id": library_id(row["id"], n, taken), "text": row["text"], "saved_at": saved_at}
            out.write(("\n" if n == 1 else ",\n") + json.dumps(entry, ensure_ascii=False))
        out.write("\n]}\n")
    return n


def run(spark, source, out, partitions=None, library_limit=5000, library_path=None):
    """Runs the job; returns counts for the log. The library file is written by the driver, on
    its own disk: next to the output when that is a local folder, else `library_path`."""
    if source.rstrip("/").endswith(".parquet"):
        frame = spark.read.parquet(source).select(
            F.col("id").cast("string"), F.col("text").cast("string")
        )
        mapper = analyse_columns
    else:
        frame = spark.read.text(source)
        mapper = analyse_lines
    rdd = frame.rdd
    if partitions:
        rdd = rdd.repartition(partitions)
    articles = spark.createDataFrame(rdd.mapPartitions(mapper), ARTICLE)
    # Analysed once, here; the index and the library file read the stored rows.
    articles.write.mode("overwrite").parquet(os.path.join(out, "articles"))
    stored = spark.read.parquet(os.path.join(out, "articles"))
    mentions = (
        stored.where(F.col("error").isNull())
        # Ids may be missing or repeated; the row number tells articles apart.
        .withColumn("row", F.monotonically_increasing_id())
        .select("id", "row", F.explode("entities").alias("e"))
        .select(
            "id",
            "row",
            F.col("e.id").alias("entity"),
            F.col("e.label").alias("label"),
            F.col("e.text").alias("name"),
        )
        .groupBy("entity", "row")
        .agg(
            F.first("id").alias("id"),
            F.first("label").alias("label"),
            F.mode("name").alias("name"),
            F.count("*").alias("n"),
        )
    )
    index = (
        mentions.groupBy("entity")
        .agg(
            F.first("label").alias("label"),
            F.mode("name").alias("name"),
            F.count("*").alias("articles"),
            F.sum("n").alias("mentions"),
            F.slice(F.sort_array(F.collect_list("id")), 1, 20).alias("some_articles"),
        )
        .orderBy(F.desc("articles"), "entity")
    )
    index.write.mode("overwrite").parquet(os.path.join(out, "entities"))
    if library_path is None:
        library_path = "yoyak-library.json" if "://" in out else os.path.join(out, "library.json")
    library = write_library(stored, library_path, library_limit)
    counts = stored.groupBy(F.col("error").isNull().alias("ok")).count().collect()
    ok = sum(r["count"] for r in counts if r["ok"])
    failed = sum(r["count"] for r in counts if not r["ok"])
    return {"analysed": ok, "failed": failed, "library": library}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", help="JSON lines {id, text}, or Parquet (path ending .parquet)")
    parser.add_argument("out", help="output folder")
    parser.add_argument("--master", default=None, help="Spark master, e.g. local[2] or spark://host:7077")
    parser.add_argument("--partitions", type=int, default=None, help="repartition the input first")
    parser.add_argument("--library-limit", type=int, default=5000, help="most articles in library.json")
    parser.add_argument("--library", default=None, help="library file (default OUT/library.json, or ./yoyak-library.json for a remote OUT)")
    parser.add_argument("--shuffle-partitions", type=int, default=None, help="tasks of the index's shuffles")
    args = parser.parse_args(argv)
    builder = SparkSession.builder.appName("yoyak-archive")
    if args.master:
        builder = builder.master(args.master)
    if (args.master or "local").startswith("local"):
        # Local workers run this interpreter, which has yoyak; on a cluster the workers' Python
        # is set with --conf spark.pyspark.python (docs/scale.md).
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        # The index is small next to the articles: Spark's 200 shuffle tasks would be mostly
        # scheduling on one machine.
        builder = builder.config("spark.sql.shuffle.partitions", str(args.shuffle_partitions or 4))
    elif args.shuffle_partitions:
        builder = builder.config("spark.sql.shuffle.partitions", str(args.shuffle_partitions))
    builder = builder.config("spark.ui.showConsoleProgress", "false")
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("WARN")
    started = time.perf_counter()
    try:
        counts = run(spark, args.input, args.out, args.partitions, args.library_limit, args.library)
    finally:
        spark.stop()
    counts["seconds"] = round(time.perf_counter() - started, 3)
    print(json.dumps(counts), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
