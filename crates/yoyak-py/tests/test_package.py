"""The package answers as the `yoyak` command does, on the seeds and on bad input."""

import json
import subprocess
import sys
import threading
import time

import pytest

import yoyak


def run_cli(cli, args, stdin=None):
    done = subprocess.run([cli, *args], input=stdin, capture_output=True, check=False)
    return done


def cli_json(cli, task, path, *flags):
    done = run_cli(cli, [task, "--json", *flags, str(path)])
    assert done.returncode == 0, done.stderr.decode()
    return json.loads(done.stdout)


@pytest.mark.parametrize("task", ["analyze", "summarize", "tag", "split", "clean"])
def test_every_task_equals_the_cli_on_the_seeds(cli, seeds, task):
    function = getattr(yoyak, task)
    for path, text in seeds:
        got = function(text)
        want = cli_json(cli, task, path)
        assert got == want, f"{task} {path.name}"
        # Same field order too: one schema.
        assert json.dumps(got, ensure_ascii=False) == json.dumps(want, ensure_ascii=False)


@pytest.mark.parametrize(
    "kwargs, flags",
    [
        ({"k": 1}, ["-k", "1"]),
        ({"k": 5}, ["-k", "5"]),
        ({"ratio": 0.5}, ["--ratio", "0.5"]),
        ({"clean": False}, ["--no-clean"]),
    ],
)
def test_options_equal_the_cli_flags(cli, seeds, kwargs, flags):
    for task in ["analyze", "summarize"]:
        for path, text in seeds:
            assert getattr(yoyak, task)(text, **kwargs) == cli_json(cli, task, path, *flags)


def test_offsets_are_str_indices(seeds):
    for _, text in seeds:
        for s in yoyak.split(text)["sentences"]:
            assert text[s["start"] : s["end"]] == s["text"]
        for e in yoyak.tag(text)["entities"]:
            assert text[e["start"] : e["end"]] == e["text"]
        a = yoyak.analyze(text)
        body = a["clean"]["body"]
        assert a["sentences"], "a seed with no sentences"
        for s in a["sentences"]:
            assert body[s["span"]["char_start"] : s["span"]["char_end"]] == s["text"]
        for e in a["entities"]:
            assert body[e["span"]["char_start"] : e["span"]["char_end"]] == e["text"]


def cli_error(cli, task, request):
    done = run_cli(cli, [task, "--jsonl"], (json.dumps(request) + "\n").encode())
    answer = json.loads(done.stdout.decode().splitlines()[0])
    assert set(answer) == {"id", "error"}, answer
    return answer["error"]


@pytest.mark.parametrize(
    "kwargs, request_fields",
    [
        ({"text": ""}, {"text": ""}),
        ({"text": " \n\t"}, {"text": " \n\t"}),
        ({"text": "가나다.", "k": 1, "ratio": 0.5}, {"text": "가나다.", "k": 1, "ratio": 0.5}),
        ({"text": "가나다.", "k": -1}, {"text": "가나다.", "k": -1}),
        ({"text": "가나다.", "k": 1.5}, {"text": "가나다.", "k": 1.5}),
        ({"text": "가나다.", "ratio": 0.0}, {"text": "가나다.", "ratio": 0.0}),
        ({"text": "가나다.", "ratio": 2}, {"text": "가나다.", "ratio": 2}),
        ({"text": "가나다.", "ratio": "half"}, {"text": "가나다.", "ratio": "half"}),
        ({"text": "가나다.", "clean": "yes"}, {"text": "가나다.", "clean": "yes"}),
    ],
)
def test_bad_input_raises_the_cli_message(cli, kwargs, request_fields):
    with pytest.raises(ValueError) as raised:
        yoyak.analyze(**kwargs)
    assert str(raised.value) == cli_error(cli, "analyze", request_fields)


def test_other_bad_inputs_raise_value_error():
    for bad in [float("nan"), float("inf"), -0.5]:
        with pytest.raises(ValueError, match="ratio"):
            yoyak.analyze("가나다.", ratio=bad)
    with pytest.raises(ValueError, match="over the limit"):
        yoyak.analyze("가" * (3 << 20))  # 9 MiB of UTF-8, over the 8 MiB default
    with pytest.raises(ValueError):
        yoyak.summarize()  # neither text nor sentences
    with pytest.raises(ValueError):
        yoyak.entity_id("XX", "카카오")
    with pytest.raises(ValueError):  # a lone surrogate is not text (UnicodeEncodeError)
        yoyak.tag("\ud800")
    with pytest.raises(TypeError):
        yoyak.split(b"bytes")


def test_summarize_sentences_equals_the_cli(cli):
    sentences = ["카카오가 AI 조직을 신설했다.", "회사는 계획을 밝혔다.", "주가는 올랐다."]
    done = run_cli(cli, ["summarize", "--jsonl"], (json.dumps({"sentences": sentences, "k": 2}) + "\n").encode())
    want = json.loads(done.stdout)
    del want["id"]
    assert yoyak.summarize(sentences=sentences, k=2) == want


def test_summarize_sentences_with_a_title_equals_the_cli(cli):
    sentences = ["새벽 4시, 항구의 불이 하나둘 켜진다.", "해솔군이 어촌 청년 정착 지원금을 두 배로 늘린다.", "지원금은 한 사람에 월 60만원이다."]
    title = "해솔군, 어촌 청년 지원금 두 배로"
    request = {"sentences": sentences, "k": 1, "title": title}
    done = run_cli(cli, ["summarize", "--jsonl"], (json.dumps(request) + "\n").encode())
    want = json.loads(done.stdout)
    del want["id"]
    assert yoyak.summarize(sentences=sentences, k=1, title=title) == want
    with pytest.raises(ValueError):  # a title goes with sentences, not with a text
        yoyak.summarize("해솔군이 지원금을 늘린다.", title="지원금")


def test_run_line_equals_cli_jsonl_including_errors(cli, seeds):
    lines = []
    for n, (_, text) in enumerate(seeds):
        lines.append(json.dumps({"id": f"seed-{n}", "text": text}, ensure_ascii=False).encode())
    lines += [
        b"not json",
        b'{"id": 7, "text": ""}',
        b'{"id": "no-text"}',
        b'{"id": [1], "text": 5}',
        b"[1, 2]",
        b'{"id": "bad-utf8", "text": "\xff\xfe"}',
        json.dumps({"id": "k", "text": seeds[0][1], "k": 1}).encode(),
    ]
    done = run_cli(cli, ["analyze", "--jsonl"], b"\n".join(lines) + b"\n")
    want = [json.loads(line) for line in done.stdout.decode().splitlines()]
    got = [yoyak.run_line(line) for line in lines]
    assert got == want
    assert sum("error" in a for a in got) == 6


def test_analysis_releases_the_gil(seeds):
    # With a huge switch interval the interpreter never takes the GIL from a running thread, so
    # the ticker can only tick during analyze() if analyze() lets go of the GIL itself.
    big = "\n\n".join(text for _, text in seeds) * 40
    ticks = 0
    stop = False

    def ticker():
        nonlocal ticks
        while not stop:
            ticks += 1
            time.sleep(0.0005)  # sleeping lets the main thread take the GIL back

    old = sys.getswitchinterval()
    sys.setswitchinterval(60)
    thread = threading.Thread(target=ticker)
    try:
        thread.start()
        time.sleep(0.05)
        before = ticks
        yoyak.analyze(big)
        during = ticks - before
    finally:
        stop = True
        sys.setswitchinterval(old)
        thread.join()
    assert during > 0


def test_threads_get_the_same_answers(seeds):
    texts = [text for _, text in seeds] * 4
    want = [yoyak.analyze(t) for t in texts]
    got = [None] * len(texts)

    def work(i):
        got[i] = yoyak.analyze(texts[i])

    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(texts))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert got == want


def test_entity_ids_group_spellings():
    assert yoyak.entity_id("OG", "카카오") == yoyak.entity_id("OG", "카카오 ")
    assert yoyak.entity_id("OG", "카카오").startswith("OG:")
