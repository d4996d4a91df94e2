"""An order card's item with a comma inside `[ ]` (round 27's report): "[вышли из порта, выяснилось, что мыс — остров]"
is three items to YAML, and validate said only "recognised 0 of 4 items". An item that opens with a clause's
conjunction ("что", "which") after a comma is no item of its own: validate names the comma and the fix, as it does
for options and keypoints. Elsewhere such a list is left alone ("[что, где]" on no order card)."""

from __future__ import annotations

import pytest
import yaml

from studybot.core.packs.traps import yaml_traps


def _warnings(line: str) -> list[str]:
    text = f"cards:\n  - id: o\n    {line}\n"
    return [p.message for p in yaml_traps(yaml.compose(text), text, "p.yaml")]


@pytest.mark.parametrize(("line", "warned"), [
    ("items: [вышли из порта, выяснилось, что мыс — остров, вернулись]", True),
    ("items: [left the port, they found a cape, which was an island, came back]", True),
    ('items: [вышли из порта, "выяснилось, что мыс — остров", вернулись]', False),
    ("items: [вышли из порта, вернулись]", False),
    ("accept: [выяснилось, что мыс — остров]", False),  # no order's items: two wordings may be meant
])
def test_a_clause_split_from_an_order_item(line, warned):
    found = [m for m in _warnings(line) if "every comma starts a new item" in m]
    assert bool(found) is warned
