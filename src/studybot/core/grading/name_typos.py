"""A name written with a slip that the pack's names forgive ("Wilkens" for "Arnold Wilkins", "Флемстед" for "Джон
Флемстид", "Велер" for "Веллер": `aliases.Aliases.slip_of`) is right, and said to be a typo as a slip in any other word
is, with the name's spelling, so the learner sees how it is written. Never another case or number of the name or of a
word of it ("Кутузову" for "Кутузов", "Беларуси", "the Girondin" for "the Girondins"), a word the wording writes so
itself, an alias the pack gives, initials or the surname alone: those are ways of writing the name, not slips."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from weakref import WeakKeyDictionary

from rapidfuzz.distance import OSA

from ..aliases import WORD, Aliases
from ..matching import Prepared
from ..text import normalise
from .forms import TYPO
from .verdict import Verdict

__all__ = ["name_slips", "told_as_typo"]


def _as_written(word: str, texts: tuple[str, ...]) -> str:
    """`word` (normalised) as the first of `texts` that has it writes it, with its capitals; else as it is."""
    for text in texts:
        for m in WORD.finditer(text):
            if normalise(m.group(0)) == word:
                return m.group(0)
    return word


def _form_of(typed: str, word: str, aliases: Aliases) -> bool:
    """Is `typed` another form of `word`: in a language of cases one stem or one name's key ("беларуси", "муромце" of
    "муромец"), in English the plural ("girondin" / "girondins"; not "Mockapetriss" of "Mockapetris")? ("Mitchel" has
    Mitchell's English stem: no form.)"""
    if not aliases.lang.lex.case_endings:
        short, long = sorted((typed, word), key=len)
        return long == short + "es" or long == short + "s" and not short.endswith("s")
    if aliases.lang.stem(typed) == aliases.lang.stem(word) or aliases.name_key(typed) == aliases.name_key(word):
        return True
    tails = ("ь", "й", *aliases.lang.lex.case_endings)  # "беларуси" / "беларусь": one base, the stemmer's differ
    return not {typed, *(typed[:-len(e)] for e in tails if typed.endswith(e) and len(typed) - len(e) >= 3)}.isdisjoint(
        {word, *(word[:-len(e)] for e in tails if word.endswith(e) and len(word) - len(e) >= 3)})


_SPELLINGS: WeakKeyDictionary[Aliases, dict[str, set[str]]] = WeakKeyDictionary()


def _spellings(aliases: Aliases) -> dict[str, set[str]]:
    """The words of every spelling of each name (canonical -> words), read once per pack's aliases."""
    found = _SPELLINGS.get(aliases)
    if found is None:
        found = _SPELLINGS[aliases] = {}
        for variant, canon in aliases.pairs.items():
            found.setdefault(canon, set()).update(WORD.findall(variant))
    return found


def _a_slip(typed: str, name: str, aliases: Aliases) -> bool:
    """Is `typed`, read as `name`, a slip of it, not a form of a word of one of its spellings ("турцию" of "турция",
    written for "Османская империя")?"""
    words = _spellings(aliases).get(name, set())
    return not any(_form_of(typed, w, aliases) for w in words | set(name.split()))


@lru_cache(maxsize=4096)
def _words_of(wordings: tuple[str, ...]) -> frozenset[str]:
    """The words the right wordings of a card write (normalised): read once per card, not once per answer."""
    return frozenset(w for wording in wordings for w in WORD.findall(normalise(wording)))


def name_slips(got: Prepared, aliases: Aliases, wordings: tuple[str, ...]) -> tuple[str, ...]:
    """The steps of "how it was judged" for the answer's words read as slips of names: "'Wilkens' read as 'Wilkins'",
    the word as typed and the word of the name it stands for, as the card's right `wordings` write it; () when the
    answer has none. A word counts only when the answer as read has the name's word in its place, not the word as
    typed, and no wording writes the word so itself ("Yersinia" is no slip of Yersin)."""
    read, own = set(got.words), _words_of(wordings)
    steps: list[str] = []
    for typed in dict.fromkeys(WORD.findall(normalise(got.written))):
        if typed in read or typed in own or not (name := aliases.slip_of(typed)):
            continue
        if min(name.split(), key=lambda w: OSA.distance(typed, w)) in read and _a_slip(typed, name, aliases):
            spelling = min((*name.split(), *sorted(own)), key=lambda w: OSA.distance(typed, w))  # "Yersinnia": Yersinia
            steps.append(f"'{_as_written(typed, (got.written,))}' read as '{_as_written(spelling, wordings)}'")
    return tuple(steps)


def told_as_typo(verdict: Verdict, got: Prepared, aliases: Aliases, wordings: tuple[str, ...]) -> Verdict:
    """A plain "Correct." of a short answer with a slip in a name, told as a typo as a slip in any other word is:
    "Correct (allowing a typo).", rated Hard, the name's spelling in the trace (the card's answer is shown)."""
    if not verdict.correct or verdict.typo or verdict.feedback != "Correct." or not (
            slips := name_slips(got, aliases, wordings)):
        return verdict
    head = verdict.trace[:1]
    if head and head[0].startswith("matches '") and head[0].endswith("'"):
        head = (f"{head[0]} ({TYPO})",)  # as `short` says it of a slip in a word
    return replace(verdict, feedback=f"Correct ({TYPO}).", typo=True, trace=(*head, *verdict.trace[1:], *slips))
