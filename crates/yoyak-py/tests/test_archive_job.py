"""The Spark job in local mode on a few hundred articles made from the seeds, with bad lines."""

import collections
import importlib.util
import json
import os
import pathlib
import re
import subprocess
import sys

import pytest

import yoyak

JOB = pathlib.Path(__file__).resolve().parents[1] / "jobs" / "archive_job.py"
ARTICLES = 300

spec = importlib.util.spec_from_file_location("archive_job", JOB)
archive_job = importlib.util.module_from_spec(spec)
spec.loader.exec_module(archive_job)

BAD_LINES = [
    "not json at all",
    json.dumps({"id": "empty", "text": ""}),
    json.dumps({"id": "no-text"}),
    json.dumps({"id": "number", "text": 5}),
    json.dumps({"id": "both", "text": "카카오가 발표했다.", "k": 1, "ratio": 0.5}),
]


def make_articles(seeds):
    """Distinct articles: each seed with a numbered line, so no two texts are the same."""
    out = []
    for n in range(ARTICLES):
        _, text = seeds[n % len(seeds)]
        out.append({"id": f"art-{n:04d}", "text": f"{text}\n\n이 기사는 {n}번째 기사다."})
    return out


@pytest.fixture(scope="module")
def spark():
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # workers need the yoyak package
    session = (
        SparkSession.builder.master("local[1]")
        .appName("yoyak-archive-test")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def job_run(tmp_path_factory, seeds):
    articles = make_articles(seeds)
    folder = tmp_path_factory.mktemp("archive")
    source = folder / "news.jsonl"
    lines = [json.dumps(a, ensure_ascii=False) for a in articles]
    # The bad lines sit among the good ones, so each partition meets some.
    for i, bad in enumerate(BAD_LINES):
        lines.insert(i * 50 + 7, bad)
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = folder / "out"
    done = subprocess.run(
        [sys.executable, str(JOB), str(source), str(out), "--master", "local[2]", "--partitions", "2"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-4000:]
    counts = json.loads(done.stdout.strip().splitlines()[-1])
    return articles, out, counts


def test_job_counts(job_run):
    _, _, counts = job_run
    assert counts["analysed"] == ARTICLES
    assert counts["failed"] == len(BAD_LINES)
    assert counts["library"] == ARTICLES


def test_every_article_equals_the_package(job_run, spark):
    articles, out, _ = job_run
    rows = {r["id"]: r for r in spark.read.parquet(str(out / "articles")).collect()}
    assert len(rows) == ARTICLES + len(BAD_LINES)  # the non-JSON line is the one with no id
    assert rows[None]["error"].startswith("the line is not JSON")
    for a in articles:
        row = rows[a["id"]]
        assert row["error"] is None
        want = yoyak.analyze(a["text"])
        assert json.loads(row["analysis"]) == want
        assert row["summary"] == [want["sentences"][i]["text"] for i in want["summary"]["indices"]]
        assert row["keywords"] == [k["text"] for k in want["keywords"]]
        assert [(e["label"], e["text"], e["start"], e["end"]) for e in row["entities"]] == [
            (e["label"], e["text"], e["span"]["char_start"], e["span"]["char_end"]) for e in want["entities"]
        ]
        assert row["sentences"] == len(want["sentences"])
        assert row["text"] == a["text"]


def test_bad_lines_are_recorded_with_the_cli_message(job_run, spark):
    _, out, _ = job_run
    errors = {
        (r["id"], r["error"])
        for r in spark.read.parquet(str(out / "articles")).where("error IS NOT NULL").collect()
    }
    want = set()
    for line in BAD_LINES:
        answer = yoyak.run_line(line)
        want.add((None if answer["id"] is None else str(answer["id"]), answer["error"]))
    assert errors == want
    assert any("not JSON" in e for _, e in errors)


def test_entity_index_counts_articles_and_mentions(job_run, spark):
    articles, out, _ = job_run
    in_articles = collections.Counter()
    mentions = collections.Counter()
    for a in articles:
        ids = [yoyak.entity_id(e["label"], e["text"]) for e in yoyak.analyze(a["text"])["entities"]]
        in_articles.update(set(ids))
        mentions.update(ids)
    index = {r["entity"]: r for r in spark.read.parquet(str(out / "entities")).collect()}
    assert index, "an empty entity index"
    assert {k: r["articles"] for k, r in index.items()} == dict(in_articles)
    assert {k: r["mentions"] for k, r in index.items()} == dict(mentions)
    for key, row in index.items():
        assert key.startswith(row["label"] + ":")
        assert yoyak.entity_id(row["label"], row["name"]) == key
        assert row["some_articles"] == sorted(row["some_articles"])[:20]


def test_library_file_is_what_the_page_imports(job_run):
    articles, out, _ = job_run
    library = json.loads((out / "library.json").read_text(encoding="utf-8"))
    # The checks of web/src/export.rs parse_library.
    assert library["format"] == "yoyak-library"
    assert library["version"] == 1
    ids = [a["id"] for a in library["articles"]]
    assert len(ids) == len(set(ids)) == ARTICLES
    assert all(re.fullmatch(r"[A-Za-z0-9_-]{1,100}", i) for i in ids)
    assert all(a["text"].strip() and isinstance(a["saved_at"], float) for a in library["articles"])
    assert {a["id"]: a["text"] for a in library["articles"]} == {a["id"]: a["text"] for a in articles}


def test_parquet_input_and_odd_ids(tmp_path, spark, seeds):
    rows = [(f"p/{n}", text) for n, (_, text) in enumerate(seeds)] + [("p/none", None), (None, seeds[0][1])]
    source = str(tmp_path / "news.parquet")
    spark.createDataFrame(rows, "id string, text string").write.parquet(source)
    counts = archive_job.run(spark, source, str(tmp_path / "out"), library_limit=3)
    assert counts == {"analysed": len(seeds) + 1, "failed": 1, "library": 3}
    library = json.loads((tmp_path / "out" / "library.json").read_text(encoding="utf-8"))
    assert all(re.fullmatch(r"[A-Za-z0-9_-]{1,100}", a["id"]) for a in library["articles"])
