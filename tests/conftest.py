from __future__ import annotations

import compileall
import os
import time
import zlib
from datetime import UTC, datetime
from pathlib import Path

import pytest

import studybot
from studybot.core.packs import load_pack
from studybot.core.store import Store

# Study days turn at local 04:00: every test runs in one time zone, whatever the machine's.
os.environ["TZ"] = "UTC"
time.tzset()

DATA = Path(__file__).parent / "data"
MINI_PACK = DATA / "mini-pack.yaml"


@pytest.fixture(autouse=True, scope="session")
def pack_cache(tmp_path_factory):
    """Keep the parsed-pack cache of the test run out of the learner's home."""
    os.environ["STUDYBOT_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))


@pytest.fixture
def mini_pack_path() -> Path:
    return MINI_PACK


@pytest.fixture
def mini_pack():
    return load_pack(MINI_PACK)


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "progress.db"


@pytest.fixture
def store(db_path):
    s = Store.open(db_path)
    yield s
    s.close()


class FixedClock:
    """An injectable clock (UTC-aware) that tests move by hand."""

    def __init__(self, start: datetime | None = None):
        self.now = start or datetime(2026, 1, 5, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs) -> None:
        from datetime import timedelta

        self.now = self.now + timedelta(**kwargs)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()


def pytest_addoption(parser):
    parser.addoption("--slow", action="store_true", help="also run the tests marked slow (CI does)")
    parser.addoption("--share", metavar="I/N", type=share_of,
                     help="run only the I-th of N shares of the test files (CI spreads the quick suite over the "
                          "Pythons it runs after the first)")
    parser.addoption("--every-day", "--all-held-out", action="store_true", dest="every_day",
                     help="read everything the suite spreads over days (the lead does at the end of a round): "
                          "without it, --slow measures a third of the held-out packs' grading floors and half of the "
                          "development packs' tutor floors a day, the 80x24 walk answers a third of the bundled "
                          "pack's cards, and the quick-search comparisons read a third of the development packs")


def share_of(text: str) -> tuple[int, int]:
    """`--share 2/3` as (2, 3)."""
    part, _, whole = text.partition("/")
    if not (part.isdigit() and whole.isdigit() and 1 <= int(part) <= int(whole)):
        raise pytest.UsageError(f"--share takes I/N with 1 <= I <= N, such as 1/2; not {text!r}")
    return int(part), int(whole)


def in_share(path: str, part: int, whole: int) -> bool:
    """Whether the test file at `path` (relative, with forward slashes) falls in share `part` of
    `whole`: a file's tests stay together, and a file's share depends on its name alone."""
    return zlib.crc32(path.encode("utf-8")) % whole == part - 1


def pytest_configure(config):
    # --every-day, and the day the daily shares are taken by, the same in every pytest-xdist worker (they inherit
    # both); packfiles is imported only now, so that its SAMPLED reads them
    if config.getoption("every_day"):
        os.environ["STUDYBOT_EVERY_DAY"] = "1"
    from .packfiles import day_of_year

    os.environ.setdefault("STUDYBOT_TEST_DAY", str(day_of_year()))
    # The CLI tests start `python -m studybot` about a hundred times; where PYTHONDONTWRITEBYTECODE
    # is set, each start would compile every module again (half a second). Compile them once.
    compileall.compile_dir(Path(studybot.__file__).parent, quiet=1)


def pytest_ignore_collect(collection_path, config):
    """With --share, the test files of the other shares are not even imported."""
    share = config.getoption("--share")
    if share and collection_path.suffix == ".py" and collection_path.name.startswith("test_"):
        return True if not in_share(collection_path.relative_to(config.rootpath).as_posix(), *share) else None
    return None


def left_out(item, slow: bool, all_days: bool) -> bool:
    """Whether a test is left out of this run: a slow one without --slow, one marked daily(name, parts) (read one day
    in `parts`) on another day than its own, unless --every-day."""
    if not slow and item.get_closest_marker("slow"):
        return True
    from .packfiles import on_its_day

    daily = item.get_closest_marker("daily")
    return bool(daily) and not all_days and not on_its_day(*daily.args)


def pytest_collection_modifyitems(config, items):
    slow, all_days = config.getoption("--slow"), config.getoption("every_day")
    kept = [item for item in items if not left_out(item, slow, all_days)]
    if len(kept) < len(items):
        config.hook.pytest_deselected(items=[item for item in items if left_out(item, slow, all_days)])
        items[:] = kept


_REPORT: list[str] = []


@pytest.fixture(scope="session")
def report():
    """Tests add measured figures here; they are printed at the end of the run
    (from every pytest-xdist worker)."""
    return _REPORT.append


def pytest_sessionfinish(session):
    workeroutput = getattr(session.config, "workeroutput", None)
    if workeroutput is not None:  # an xdist worker: hand the figures to the controller
        workeroutput["measured"] = list(_REPORT)


def pytest_testnodedown(node, error):
    _REPORT.extend(getattr(node, "workeroutput", {}).get("measured", []))


def pytest_terminal_summary(terminalreporter):
    if _REPORT:
        terminalreporter.section("measured")
        for line in _REPORT:
            terminalreporter.write_line(line)
