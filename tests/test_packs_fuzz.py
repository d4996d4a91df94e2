"""Whatever the input, loading a pack gives a Pack or a PackError, and nothing else."""

from __future__ import annotations

import copy

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studybot.core.packs import Pack, PackError, load_pack_text

from .conftest import MINI_PACK

pytestmark = pytest.mark.slow  # property tests: hundreds of generated packs: run with --slow (CI does)

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=30),
    st.sampled_from(["short", "choice", "cloze", "{{x}}", "s1", "c1", "1", "no", "2019-02-30", "5%"]),
)
keys = st.one_of(
    st.sampled_from(["format", "id", "title", "sections", "cards", "kind", "prompt", "answer", "section",
                     "notes", "number", "value", "keypoints", "options", "items", "text", "mistakes",
                     "examples", "need", "date", "tolerance", "point", "accept", "match", "feedback"]),
    st.text(max_size=10),
)
structures = st.recursive(
    scalars,
    lambda children: st.one_of(st.lists(children, max_size=5), st.dictionaries(keys, children, max_size=6)),
    max_leaves=40,
)


def load(text: str):
    try:
        result = load_pack_text(text, "fuzz.yaml")
    except PackError as exc:
        assert exc.problems, "a PackError must name at least one problem"
        for problem in exc.problems:
            assert problem.path == "fuzz.yaml" and problem.line >= 1 and problem.column >= 1
            assert problem.message
        return exc
    assert isinstance(result, Pack)
    return result


@SETTINGS
@given(st.text(max_size=400))
def test_arbitrary_text(text):
    load(text)


@SETTINGS
@given(st.binary(max_size=200))
def test_arbitrary_bytes_decoded_loosely(data):
    load(data.decode("utf-8", errors="replace"))


@SETTINGS
@given(structures)
def test_arbitrary_yaml_structures(data):
    load(yaml.safe_dump(data, allow_unicode=True))


BASE = yaml.safe_load(MINI_PACK.read_text(encoding="utf-8"))


@SETTINGS
@given(st.integers(min_value=0, max_value=len(BASE["cards"]) - 1), keys, structures)
def test_valid_pack_with_one_field_replaced(index, key, value):
    data = copy.deepcopy(BASE)
    data["cards"][index][key] = value
    load(yaml.safe_dump(data, allow_unicode=True, sort_keys=False))


@SETTINGS
@given(st.sampled_from(["format", "id", "title", "source", "aliases", "sections", "cards", "extra"]), structures)
def test_valid_pack_with_top_level_replaced(key, value):
    data = copy.deepcopy(BASE)
    data[key] = value
    load(yaml.safe_dump(data, allow_unicode=True, sort_keys=False))


def test_the_base_pack_itself_loads():
    assert isinstance(load(yaml.safe_dump(BASE, sort_keys=False)), Pack)
