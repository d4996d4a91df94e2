"""An instructor's command given a missing pack file or a pack of broken YAML says so in one line on stderr, as
every other failure does ("studybot show: x.yaml:1:1: error: no such file"), not a heading line and then the
problem on a second (found using the commands, round 14). A pack with several problems still lists them."""

from __future__ import annotations

import pytest

from .cli import run
from .conftest import MINI_PACK
from .test_items import build_class

COMMANDS = [
    ("show", "{pack}", "harbour-master"),
    ("cards", "{pack}"),
    ("export-anki", "{pack}", "--out", "{tmp}/deck.apkg"),
    ("report", "{db}", "--pack", "{pack}"),
]


@pytest.fixture(scope="module")
def database(tmp_path_factory):
    from studybot.core.packs import load_pack

    return str(build_class(tmp_path_factory.mktemp("class"), load_pack(MINI_PACK))[0])


@pytest.mark.parametrize("command", COMMANDS, ids=[c[0] for c in COMMANDS])
@pytest.mark.parametrize(("content", "said"), [
    (None, "error: no such file"),
    ("id: x\ntitle: [unclosed\n", "error: YAML syntax"),
])
def test_one_problem_is_one_line(tmp_path, database, command, content, said):
    pack = tmp_path / "pack.yaml"
    if content is not None:
        pack.write_text(content, encoding="utf-8")
    args = [a.format(pack=pack, tmp=tmp_path, db=database) for a in command]
    result = run(*args)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith(f"studybot {command[0]}: {pack}:") and said in result.stderr


def test_several_problems_are_all_listed(tmp_path):
    pack = tmp_path / "pack.yaml"
    pack.write_text("id: x\n", encoding="utf-8")  # no title, no sections, no cards
    result = run("cards", str(pack))
    assert result.returncode == 1 and result.stderr.count("\n") > 2
    assert "studybot validate" in result.stderr
