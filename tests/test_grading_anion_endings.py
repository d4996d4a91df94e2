"""One element's root with two endings names two compounds, never a slip of each other: "-ite" / "-ate" ("nitrite" is
no "nitrate", "нитрит" no "нитрат"), "-ous" / "-ic" ("ferrous" is no "ferric"); "-ite" / "-ate" on a word that is
no element's root stay a slip ("privite", "definate"), and a slip of a chemical name is still one ("nitrat"). A
ketone in "-one" and its alcohol in "-ol" after a root of organic chemistry ("ubiquinone" / "ubiquinol") are two
substances too; "tone" / "tool", "baritone" / "baritol" are no such root.
Invented subjects (`core/anions.py`, `Language.contrasting`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section

CASES = [
    ("en", "sodium nitrate", "sodium nitrite", False),
    ("en", "sodium nitrates", "sodium nitrites", False),
    ("en", "potassium chlorate", "potassium chlorite", False),
    ("en", "calcium phosphite", "calcium phosphate", False),
    ("en", "sodium hypochlorite", "sodium hypochlorate", False),
    ("en", "ferrous chloride", "ferric chloride", False),
    ("en", "cupric oxide", "cuprous oxide", False),
    ("ru", "нитрат натрия", "нитрит натрия", False),
    ("ru", "сульфат калия", "сульфитом калия", False),
    # a plural's oblique cases too ("солей сульфатов" is no "сульфитов"; "хлоридами" no "хлоритами")
    ("ru", "соли сульфатов и нитратов", "соли сульфитов и нитратов", False),
    ("ru", "смесь с хлоридами", "смесь с хлоритами", False),
    ("ru", "в сульфидах меди", "в сульфатах меди", False),
    ("ru", "соли сульфатов и нитратов", "соли сульфатов и нитратов", True),
    ("ru", "соли сульфатов и нитратов", "соли сульфатов и нитротов", True),
    ("en", "ubiquinol", "ubiquinone", False),
    ("en", "ubiquinone", "ubiquinol", False),
    ("en", "reduced plastoquinol", "reduced plastoquinone", False),
    ("en", "propanol", "propanone", False),
    ("en", "cyclohexanone", "cyclohexanol", False),
    ("en", "cortisol", "cortisone", False),
    ("ru", "убихинол", "убихинон", False),
    ("ru", "пропанол", "пропанона", False),
    ("en", "sodium nitrate", "sodium nitrate", True),
    ("en", "ubiquinol", "ubiquinoll", True),
    ("en", "ubiquinone", "ubiquinones", True),
    ("ru", "убихинол", "убихинола", True),
    ("en", "a baritone", "a baritol", True),
    ("en", "sodium nitrate", "sodium nitrat", True),
    ("en", "sodium sulfate", "sodium sulphate", True),
    ("en", "a private room", "a privite room", True),
    ("en", "a definite answer", "a definate answer", True),
    ("ru", "нитрат натрия", "нитрата натрия", True),
    ("ru", "нитрат натрия", "нитрад натрия", True),
]


@pytest.mark.parametrize(("language", "answer", "given", "right"), CASES)
def test_anion_endings(language: str, answer: str, given: str, right: bool) -> None:
    card = Card(id="c", section="s", kind="short", prompt="Which one?", answer=answer)
    pack = Pack(id="t", title="t", language=language, sections=(Section(id="s", title="s", notes=answer),),
                cards=(card,))
    assert Grader.for_pack(pack).grade(card, given).correct is right
