"""`validate` warns of "[не только X, но и Y]" (instructors' report, round 26): inside [ ] YAML reads two wordings,
"не только X" and "но и Y", and the grader then takes X alone; the second half of a paired conjunction is no wording
alone. Quoted, or two plain wordings, or one opening with "но" alone, are not warned of."""

from __future__ import annotations

import pytest
import yaml

from studybot.core.packs import load_pack_text
from studybot.core.packs.traps import yaml_traps


def _traps(accept: str) -> list[str]:
    text = ("format: 1\nid: t\ntitle: t\nlanguage: ru\nsections:\n- id: s\n  title: s\n  notes: x\ncards:\n"
            f"- id: c\n  section: s\n  kind: short\n  prompt: Какой была ваза?\n  answer: лёгкой\n  accept: {accept}\n")
    load_pack_text(text)
    return [p.message for p in yaml_traps(yaml.compose(text), text, "p.yaml")]


@pytest.mark.parametrize(("accept", "warned"), [
    ("[не только лёгкой, но и прочной]", True),
    ("[not only light, but also strong]", True),
    ("['не только лёгкой, но и прочной']", False),
    ("[лёгкой, прочной]", False),  # two wordings
    ("[лёгкой, но хрупкой]", False),  # "но" alone may open a wording of its own
])
def test_validate_warns_of_a_paired_conjunction_split(accept, warned):
    assert any("two items of accept" in m for m in _traps(accept)) is warned
