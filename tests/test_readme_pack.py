"""The README's pack examples are packs studybot reads (a test, so the two cannot drift)."""

from __future__ import annotations

import re
from pathlib import Path

from studybot.core.packs import KINDS, load_pack_text

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def yaml_blocks(after: str) -> list[str]:
    return re.findall(r"```yaml\n(.*?)```", README[README.index(after):], re.DOTALL)


def test_the_example_pack_loads():
    pack = load_pack_text(yaml_blocks("## Writing a pack")[0])
    assert pack.id == "my-pack" and pack.cards[0].mistakes and pack.synonyms


def test_one_card_of_each_kind_loads():
    block = yaml_blocks("### One card of each kind")[0]
    head = ("format: 1\nid: kinds\ntitle: Kinds\nsections:\n  - {id: port, title: Port, notes: n}\n"
            "  - {id: history, title: History, notes: n}\ncards:\n")
    pack = load_pack_text(head + block)
    assert sorted(c.kind for c in pack.cards) == sorted(KINDS)
    by_id = {c.id: c for c in pack.cards}
    assert by_id["fish-exports"].number.relative and by_id["fish-exports"].number.allowed() == 310000000 * 0.02
    assert by_id["founded"].precision == "month" and by_id["port-facts"].needed == 2
    assert by_id["cloze-port"].blanks == (("42",), ("Marta Olsen", "Olsen"))


def test_the_schema_line_is_explained():
    assert "studybot schema > pack.schema.json" in README
    assert "# yaml-language-server: $schema=pack.schema.json" in README
