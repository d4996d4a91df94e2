"""No pack of the repository names a bare small figure as an alias: inside `[ ]` YAML splits `2,4-DNP` at its comma
into "2" and "4-DNP", and an alias "2" then reads every figure 2 of an answer as the name (respiration, round 10:
"1, 2, 3, 4" and "2 CO2" were misread). `studybot validate` warns of the comma; this keeps the packs clean."""

from __future__ import annotations

import pytest

from studybot.core.packs import load_pack
from tests.packfiles import BUNDLED, PACKS

PACK_FILES = [BUNDLED, *sorted(p for p in PACKS.glob("*.yaml") if not p.name.endswith((".answers.yaml",
                                                                                       ".questions.yaml")))]


@pytest.mark.parametrize("path", PACK_FILES, ids=lambda p: p.stem)
def test_no_alias_is_a_bare_small_figure(path):
    pack = load_pack(path)
    bare = [(name, variant) for name, variants in pack.aliases.items() for variant in variants
            if variant.strip().isdigit() and len(variant.strip()) <= 2]
    assert bare == []
