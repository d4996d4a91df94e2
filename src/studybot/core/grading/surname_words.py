"""A person's surname that the texts also write as a word in lower case ("Clara Best" beside "the best sand", "Arthur
Bell" beside "a bell rang", "Пётр Кузнец" beside "кузнец") is never read as the name in running text, where it is the
word; but a short answer that is that surname alone (after a title, in any case form), with no other word, names the
person the card's answer names, when no other person of the pack has that surname (`people.PersonNames.worded`).

A surname two people of the pack share ("Johann Petersen", "Anna Petersen") is, alone, the answer to a card whose
answer names one of them when the card (its prompt, answers, explanation, options, points) names no other given
name the texts write before that surname and the prompt does not say the surname itself: "Petersen" answers "Who
designed the harbour?" ("Johann Petersen"); not a card whose texts also name Anna, nor "Which Petersen ...?"
(`people.PersonNames.shared`)."""

from __future__ import annotations

from ..aliases import WORD
from ..matching import Prepared
from ..packs import Card
from ..text import normalise
from .short import ShortGrading
from .verdict import Verdict

__all__ = ["SurnameWordsGrading"]


class SurnameWordsGrading(ShortGrading):
    """`ShortGrading` that takes the card's person by a surname that is also a word."""

    def _surname_as_word(self, card: Card, got: Prepared) -> Verdict | None:
        aliases = self.aliases
        worded = aliases.people.worded
        if aliases.people.shared and (found := self._shared_surname(card, got)):
            return found
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

    def _shared_surname(self, card: Card, got: Prepared) -> Verdict | None:
        """The card's person by a surname another person of the pack has, when the card names no one else of it."""
        aliases = self.aliases
        lex = aliases.lang.lex
        said = [w for w in got.words if w not in lex.titles and w not in lex.stop]
        if len(said) != 1 or not said[0].isalpha():
            return None
        key = aliases.name_key(said[0])
        for text in (card.answer, *card.accept):
            entry = aliases.people.shared.get(self.prep(text).text)
            if entry is None or aliases.name_key(entry[0]) != key:
                continue
            if key in {aliases.name_key(w) for w in WORD.findall(normalise(card.prompt))}:
                return None  # "Which Petersen ...?": the surname is the question's, not the answer
            texts = (card.prompt, card.answer, *card.accept, card.explanation, card.text or "", *card.options,
                     *(w for k in card.keypoints for w in (k.point, *k.accept)))
            if any(aliases.name_key(w) in entry[1] for t in texts for w in WORD.findall(normalise(t))):
                return None  # another person of that surname named on the card
            return Verdict(True, 1.0, "Correct.", trace=(f"matches '{card.answer}' (its surname alone: no other "
                                                         "person of that surname on this card)",))
        return None
