"""A fall said by its noun: "the reduction of X" is met by "X fell", as "the growth of X" is by "X rose" (the lexicon's
groups of a rise and of a fall, `lexicon.SYNONYMS`, read by the tutor as one meaning). Shown on small notes written
here (no pack's subject); a rise asked is not met by the fall."""

from __future__ import annotations

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor

NOTES = """\
The salt tax of the island was set at four pence a bushel in 1820.
The salt tax was to fall in stages over five years, until only a penny remained.
Salt merchants of the island shipped their salt to Lisbon and Cadiz.
"""
PACK = Pack(id="salt", title="Salt", language="en", cards=(),
            sections=(Section(id="s", title="The salt tax", notes=NOTES),))


def test_the_reduction_of_a_tax_is_its_fall():
    tutor = Tutor(PACK, cache=False)
    reply = tutor.ask("How long did the reduction of the salt tax take?")
    assert reply.kind == "answer" and "over five years" in reply.sentences[0]
    assert tutor.ask("How long did the increase of the salt tax take?").kind == "decline"
