"""A file to write named with a slash at its end names a folder: one that does not exist is refused in one line
before anything is read, never written as a file of that name ("studybot backup --to /backups/" wrote the file
/backups and said "backed up ... to /backups"; found in round 14). An existing folder still takes a backup."""

from __future__ import annotations

import pytest

from .cli import run
from .conftest import MINI_PACK
from .test_items import build_class


@pytest.fixture(scope="module")
def database(tmp_path_factory):
    from studybot.core.packs import load_pack

    return str(build_class(tmp_path_factory.mktemp("class"), load_pack(MINI_PACK))[0])


COMMANDS = {
    "backup": ("backup", "--db", "{db}", "--to", "{out}"),
    "export": ("export", "--db", "{db}", "--out", "{out}"),
    "report": ("report", "{db}", "--pack", str(MINI_PACK), "--suggest", "{out}"),
    "export-anki": ("export-anki", str(MINI_PACK), "--out", "{out}"),
    "import": ("import", "{sheet}", "--out", "{out}"),
}


@pytest.mark.parametrize("name", list(COMMANDS))
def test_a_folder_that_does_not_exist_is_refused(tmp_path, database, name):
    sheet = tmp_path / "cards.csv"
    sheet.write_text("term,definition\nport,a harbour town\n", encoding="utf-8")
    out = tmp_path / "missing"
    args = [a.format(db=database, out=f"{out}/", sheet=sheet) for a in COMMANDS[name]]
    result = run(*args)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1 and f"{out}/: no such folder" in result.stderr
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cards.csv"]


def test_a_backup_into_an_existing_folder_still_goes_there(tmp_path, database):
    folder = tmp_path / "backups"
    folder.mkdir()
    result = run("backup", "--db", database, "--to", f"{folder}/")
    assert result.returncode == 0, result.stderr
    assert [p.suffix for p in folder.iterdir()] == [".bak"]
