"""A person named before a relative "who" is the subject of its verb (`tutor.agents`): "the rule is called Hadley's
rule, after Mira Hadley, who proposed it in 1871" answers "who proposed the rule?". Not across a pronoun ("Mira Hadley,
who he met") nor "whom", whose name is the verb's object. Shown on small texts written here (no pack's subject)."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor
from studybot.core.tutor.agents import agents_of

NOTES = """\
Glaciers move slowly downhill under their own weight.
The thin layer of meltwater under a glacier speeds it up; this is called Osric's slip, after Osric of Tarvel, who
measured it in 1171.
Ice at the surface of a glacier cracks into crevasses.
In 1880 the surveyor Tom Vale visited the glacier with Anna Roth, whom he praised for her maps.
Anna Roth, who he met in Geneva, drew the first map of the crevasses.
"""
PACK = Pack(id="glaciers", title="Glaciers", cards=(), sections=(Section(id="s", title="Moving ice", notes=NOTES),))


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return Tutor(PACK, cache=False)


def _agents(tutor: Tutor, start: str) -> set[tuple[str, str]]:
    doc = next(d for d in tutor.docs if d.text.startswith(start))
    return set(agents_of(doc.text, tutor.library.names, tutor.library.words).pairs)


@pytest.mark.parametrize(("question", "said"), [
    ("who measured the slip?", "Osric of Tarvel"),  # no person by the names' rules: two names joined by "of"
    ("who measured the meltwater slip?", "Osric of Tarvel"),
])
def test_a_person_before_who_is_the_doer(tutor: Tutor, question: str, said: str) -> None:
    reply = tutor.ask(question)
    assert reply.kind == "answer"
    assert said in reply.sentences[0]


@pytest.mark.parametrize(("start", "verb", "name"), [
    ("The thin layer", "measur", "tarvel"),  # "Osric of Tarvel, who measured it"
])
def test_the_relative_verb_is_paired_with_the_name(tutor: Tutor, start: str, verb: str, name: str) -> None:
    assert (verb, tutor.library.words.name_stem(name)) in _agents(tutor, start)


@pytest.mark.parametrize(("start", "verb"), [
    ("In 1880", "prais"),  # "Anna Roth, whom he praised": she is praised
    ("Anna Roth, who he met", "met"),  # a pronoun stands between: "he" met her
])
def test_no_doer_across_whom_or_a_pronoun(tutor: Tutor, start: str, verb: str) -> None:
    roth = tutor.library.words.name_stem("roth")
    assert not any(key == verb and name == roth for key, name in _agents(tutor, start))
