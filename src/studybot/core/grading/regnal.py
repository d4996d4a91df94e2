"""A ruler named without the number of the reign ("Harold" for "Harold II", "King Louis" for "Louis XVI", "Карл" for
"Карл XII") names the one the question is about: the question ("Which king was killed at Hastings?") tells which
Harold. Right, rated as with a slip (the number is shown), when the answer gives no figure at all (a wrong number,
"Louis XV", stays wrong) and names nothing else (`short`'s checks of added names), and the name is more than the
question's own word. Only a Roman numeral in capitals after a capitalised name of one word (alone, or after a title:
"Pope Clement VI") counts as a reign's number ("World War II" numbers no ruler), and only where the question asks for
a person ("who", "which king", "какой царь"), in any language."""

from __future__ import annotations

import re
from dataclasses import replace

from ..matching import Prepared
from ..packs import Card
from .short import ShortGrading
from .verdict import Verdict

__all__ = ["RegnalGrading", "without_reign_number"]

# the word before, a capitalised word, then a Roman numeral in capitals (the reign), then the rest ("of Norway")
_REIGN = re.compile(r"(?:([^\W\d_][\w.'-]*)\s+)?(?<![\w.-])([^\W\d_][^\W\d_'-]*)\s+[IVXL]{1,7}(?![\w-])")


def without_reign_number(wording: str, titles: frozenset[str]) -> str | None:
    """The wording with its ruler's Roman number left out ("Harold II (Harold Godwinson)" -> "Harold (Harold
    Godwinson)"), or None when it numbers no capitalised name of one word, alone or after a title (`titles`)."""
    found = False

    def drop(m: re.Match[str]) -> str:
        nonlocal found
        before, name = m.group(1), m.group(2)
        if not name[0].isupper() or before and before[0].isupper() and before.casefold().rstrip(".") not in titles:
            return m.group(0)
        found = True
        return f"{before} {name}" if before else name

    bare = _REIGN.sub(drop, wording)
    return bare if found else None


class RegnalGrading(ShortGrading):
    """`ShortGrading` that takes a ruler named without the number of the reign."""

    def _reign_left_out(self, card: Card, got: Prepared, prompt: Prepared) -> Verdict | None:
        """A ruler named without the number of the reign (`regnal`): right, as with a slip, when the answer gives
        no figure and matches a wording read without its number word for word, by more than the prompt's words."""
        lang = got.lang
        if not self.card_value(card, "reign numbered", lambda: any(
                without_reign_number(w, lang.lex.titles) is not None for w in self._short_wordings(card))):
            return None  # no wording numbers a reign (read once per card): the answer's figures are never read
        if got.quantities or got.ordinals or (lang.lex.titles | lang.lex.person_questions).isdisjoint(prompt.words):
            return None  # a figure given, or the question asks for no person
        known = self.card_set(card, "wordings+prompt+titles", lambda: (
            *(st for text in self._short_wordings(card) for st in self.prep(text).stems), *prompt.stems,
            *(lang.stem(w) for w in lang.lex.titles)))
        if not all(any(lang.word_match(k, got.stems[j]) >= 0 for k in known) for j in got.content()):
            return None  # a word of no wording ("Louis the Great"): another ruler, or another claim
        for wording in self._short_wordings(card):
            bare = without_reign_number(wording, lang.lex.titles)
            if bare is None or not (set(self.prep(bare).stems) - set(prompt.stems)):
                continue
            plain = replace(card, answer=bare, accept=(), mistakes=())
            verdict = self._grade_short(plain, got)
            if verdict.correct and not verdict.typo:
                return Verdict(True, 1.0, f"Correct ({card.answer}).", typo=True,
                               trace=(f"matches '{wording}' without the number of the reign",))
        return None
