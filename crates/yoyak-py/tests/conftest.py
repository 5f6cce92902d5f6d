import os
import pathlib
import shutil

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[3]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


@pytest.fixture(scope="session")
def cli():
    """The `yoyak` command to compare with: $YOYAK_CLI, else a built one in target/."""
    candidates = [os.environ.get("YOYAK_CLI"), ROOT / "target/release/yoyak", ROOT / "target/debug/yoyak"]
    for c in candidates:
        if c and pathlib.Path(c).is_file():
            return str(c)
    found = shutil.which("yoyak")
    if found:
        return found
    pytest.fail("no yoyak command to compare with: build it (cargo build -p yoyak-cli) or set YOYAK_CLI")


@pytest.fixture(scope="session")
def seeds():
    assert len(SEEDS) >= 5, "the seed articles are missing"
    return [(p, p.read_text(encoding="utf-8")) for p in SEEDS]
