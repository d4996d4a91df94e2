"""Declining honestly: what a question asks that a passage sharing its words still does not say.

Ranking chooses the passage that covers most of a question; these rules of the language say when even that
passage does not hold the fact asked, so the tutor declines instead of answering with a word-neighbour:

- a question word is never one of the pack's names: "who discovered X?" is no question about the WHO
  (`without_alias_question_words`), unless the learner typed it in capitals;
- a short word the learner wrote with a capital ("Km" inside a question, "pH") is a symbol or a name: when the
  pack does not know it, it is a name the pack lacks, not a word to drop (`typed_symbols`, `Analyser._weigh`);
- a year the question is about ("who won the prize in 1904?") that the text never mentions: the text does not
  tell of that year (`other_year`).

Measured in round 40 and left out (a decline wherever the rule would fire on every set's replies at the round's start;
"+" declines a question the text does not answer, "-" loses a right answer): a content word of the question (not a
name, not a light word) that no passage of the reply's section nor its title holds in any form (stem, synonym group,
weak or loose key: "what did the miller's horse eat?" of a section that never speaks of eating): held out +77 -372,
fresh held out +11 -80 (development +9 -242, fresh development +10 -117). The right answers it loses say the word
otherwise, mostly a verb ("left" / "departed", "длится" / "продолжается") or a learner's plain noun ("job", "people");
only words the pack never uses: held out +42 -146; only words it uses elsewhere: +39 -231; such words a third of the
question's weight or more: held out +20 -83, fresh held out +5 -11; two such words: held out +6 -9, fresh held out +1
-7 (development 0 -14, fresh development +2 -9); with a category asked ("which firm", "какой сплав") and a word the
pack never uses: held out +12 -50. Nor a lower coverage (replies under 0.65 of the question: held out +43 -106), a
'when' whose reply shows no date (held out +1 -12), a figure of the question ("Ranger 7", not "first") the reply's
sentences do not say (held out +9 -50), a reply in the conditional ("would", "бы") a question is not in (+2 -69).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from .words import WORD, Words

__all__ = ["MAX_SYMBOL", "other_year", "typed_symbols", "without_alias_question_words"]

MAX_SYMBOL = 2  # letters of a word written with a capital that counts as a symbol or an acronym ("pH", "UK")
_YEAR = re.compile(r"^(?:1[0-9]|20)\d\d$")
_TYPED = re.compile(r"[^\W_]+")


def without_alias_question_words(raw: str, text: str, words: Words) -> str:
    """`text` (normalised) without the question words that the pack's aliases would read as a name ("who":
    the WHO), unless the learner typed them in capitals ("WHO")."""
    single = {w for w, variants in words.aliases.by_first.items() if any(len(seq) == 1 for seq, _ in variants)}
    asked = words.tw.question_words & single
    if not asked:
        return text
    capitals = {t.casefold() for t in _TYPED.findall(raw) if len(t) > 1 and t.isupper()}
    for w in asked - capitals:
        text = re.sub(rf"(?<![^\W_]){re.escape(w)}(?![^\W_])", " ", text)
    return text


def typed_symbols(raw: str, stem: Callable[[str], str], known: Collection[str]) -> frozenset[str]:
    """The short words of a question written with a capital inside ("pH") that the pack does not know (`known`:
    its keys; `stem`: its stemmer): a symbol, a name the pack lacks, never a word to drop. Not two capitals
    ("TV", "UK"): an abbreviation often stands for words a text writes in full."""
    found = _TYPED.findall(raw)
    return frozenset(t.casefold() for t in found if len(t) <= MAX_SYMBOL and t.isalpha() and not t.isupper()
                     and any(c.isupper() for c in t[1:]) and stem(t.casefold()) not in known)


def other_year(text: str, yes_no: bool, known: Collection[str]) -> bool:
    """Does a question (normalised) name a year that no passage of the pack gives (`known`: the keys of the
    passages)? Not a yes/no question: "was it in 1904?" is answered by the year the text gives."""
    return not yes_no and any(_YEAR.match(w) and w not in known for w in WORD.findall(text))
