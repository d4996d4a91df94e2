"""A person's surname that the texts also write as a word in lower case ("Clara Best" beside "the best sand", "Arthur
Bell" beside "a bell rang", "Пётр Кузнец" beside "кузнец") is never read as the name in running text, where it is the
word; but a short answer that is that surname alone (after a title, in any case form), with no other word, names the
person the card's answer names, when no other person of the pack has that surname (`people.PersonNames.worded`)."""

from __future__ import annotations

from ..matching import Prepared
from ..packs import Card
from .short import ShortGrading
from .verdict import Verdict

__all__ = ["SurnameWordsGrading"]


class SurnameWordsGrading(ShortGrading):
    """`ShortGrading` that takes the card's person by a surname that is also a word."""

    def _surname_as_word(self, card: Card, got: Prepared) -> Verdict | None:
        aliases = self.aliases
        worded = aliases.people.worded
        if not worded:
            return None
        lex = aliases.lang.lex
        said = [w for w in got.words if w not in lex.titles]
        if len(said) != 1:
            return None
        key = aliases.name_key(said[0])
        for surname, canonical in worded.items():
            if aliases.name_key(surname) != key:
                continue
            if any(self.prep(text).text == canonical for text in (card.answer, *card.accept)):
                return Verdict(True, 1.0, "Correct.", trace=(f"matches '{card.answer}' (its surname alone)",))
        return None
