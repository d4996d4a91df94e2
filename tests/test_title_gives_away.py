"""A question whose section title gives its answer away (`core.given_away`): the app shows a question with the
title of its section, unless the title holds the answer of a short, numeric, date or choice card (or a wording it
accepts, or an alias of its answer); `studybot validate` warns of a title the grader takes for the answer that the
app still shows, and of a prompt that is its own answer. Invented packs."""

from __future__ import annotations

from pathlib import Path

import pytest

from studybot.conversation import Conversation
from studybot.core.given_away import title_gives_away
from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section
from studybot.core.validate import check_given_away
from studybot.services import AppConfig, Services


def _card(kind: str = "short", answer: str = "Anna Brask", **more) -> Card:
    return Card(id="c", section="s", kind=kind, prompt="Who drew the first map?", answer=answer, **more)


@pytest.mark.parametrize(("card", "title", "aliases", "gives"), [
    (_card(), "Anna Brask and the first map", {}, True),
    (_card(), "Brask's map", {"Anna Brask": ("Brask",)}, True),  # an alias of the answer, with "'s"
    (_card(), "The first maps", {}, False),
    (_card(answer="the lighthouse"), "Lighthouses of the coast", {}, True),  # another form, "the" aside
    (_card(answer="the lighthouse", accept=("the beacon",)), "The beacon", {}, True),
    (_card(kind="numeric", answer="42 km"), "A road of 42 km", {}, True),
    (_card(kind="numeric", answer="42 km"), "A road of 43 km", {}, False),  # a figure as written
    (_card(kind="date", answer="1784"), "The town in 1784", {}, True),
    (_card(kind="explain", answer="Anna Brask"), "Anna Brask", {}, False),  # points, not one answer a title holds
    (Card(id="r", section="s", kind="short", prompt="Какой город основали первым?", answer="Калифорния"),
     "Форт в Калифорнии", {}, True),  # a case form of the answer
    # an alias group names one thing whichever name is its key: the answer a variant, a title holding the key
    # (an instructor's report: a title holding an alias of the answer warned of as shown)
    (_card(answer="Dover Strand"), "From the cliffs to the Strand", {"the Strand": ("Dover Strand",)}, True),
    (_card(answer="Dover Strand"), "From the cliffs to the Strand", {"Dover Strand": ("the Strand",)}, True),
    (_card(answer="Dover Strand"), "The Strand: ships and sails", {"the strand": ("dover strand", "the sands")}, True),
    (_card(answer="Dover Strand"), "The sands of the bay", {"the Strand": ("Dover Strand", "the Sands")}, True),
    (_card(answer="Dover Strand"), "From the cliffs to the Strand", {"the Strand": ("Deal Strand",)}, False),
])
def test_a_title_that_holds_the_answer(card: Card, title: str, aliases: dict, gives: bool) -> None:
    assert title_gives_away(card, title, aliases) is gives


PACK_YAML = """\
format: 1
id: maps
title: Maps
sections:
  - id: brask
    title: Anna Brask and the first map
    notes: |
      Anna Brask drew the first map of the bay in 1784.
  - id: ships
    title: Ships of the bay
    notes: |
      The bay's first ferry ran in 1801.
cards:
  - id: who
    section: brask
    kind: short
    prompt: Who drew the first map of the bay?
    answer: Anna Brask
    explanation: She drew it in 1784.
  - id: ferry
    section: ships
    kind: date
    prompt: When did the first ferry run?
    answer: "1801"
    date: "1801"
    explanation: In 1801.
"""


def test_the_app_shows_such_a_title_only_after_the_answer(tmp_path: Path, clock) -> None:
    pack = tmp_path / "maps.yaml"
    pack.write_text(PACK_YAML, encoding="utf-8")
    services = Services(AppConfig(pack, tmp_path / "progress.db", "ann", clock))
    services.open()
    try:
        talk = Conversation(services)
        asked = [m.text for m in talk.start()]
        assert asked == ["Who drew the first map of the bay?"]  # no "— Anna Brask and the first map"
        after = "\n".join(m.text for m in talk.handle("Anna Brask"))
        assert "Source: Anna Brask and the first map" in after
        assert "When did the first ferry run?\n— Ships of the bay" in after  # a title that gives nothing away
    finally:
        services.close()


def test_validate_names_a_prompt_or_a_shown_title_the_grader_takes_for_the_answer() -> None:
    cards = (
        Card(id="force", section="raf", kind="short", prompt="Which service flew the radar patrols?",
             answer="the Royal Air Force", explanation="It did."),
        Card(id="echo", section="ships", kind="short", prompt="Which ship, the Vega, sank first?", answer="the Vega",
             explanation="It did."),
        Card(id="fine", section="ships", kind="short", prompt="Which ship sank first?", answer="the Vega",
             explanation="It did."),
    )
    pack = Pack(id="p", title="p", cards=cards, sections=(
        Section(id="raf", title="The RAF and radar", notes="The Royal Air Force (RAF) flew the radar patrols."),
        Section(id="ships", title="Ships", notes="The Vega sank first.")))
    problems = check_given_away(pack, Grader.for_pack(pack))
    said = {p.message.split("'")[1]: p.message for p in problems}
    assert set(said) == {"force", "echo"}, said
    assert "The RAF and radar" in said["force"]
    assert "its prompt" in said["echo"]
    # and how each was judged, so the instructor sees which words give the answer away (an author could not tell)
    assert "(judged: matches 'the Royal Air Force'" in said["force"], said["force"]
    assert "(judged: matches 'the Vega'" in said["echo"], said["echo"]
