"""Declining a question about one named thing answered by a passage about another of the same kind.

"Кто первым поднялся на Корякскую сопку?" answered by "Первым на вершину поднялся ..." of the section "Ключевская
сопка"; "how many tourists climb Mount Arlo?" by "Thousands of tourists climb Mount Brell each year": a name of
several words ("Корякская сопка", "Mount Arlo", "Lake Ness") shares its common word with another name of the pack
("сопка", "Mount", "Lake"), and a passage that says the other name (itself, or by its section's title when the
passage names nothing of the one asked) tells of the other thing, not of the one asked. Met by the asked name itself
or its aliases (the name's own keys), never by the common word alone. Words of the question, or of the asked name,
are never "another" name ("Корякская сопка выше Авачинской" answers "how much higher is Корякская than Авачинская").
A common word stands on one side of its name, the side the question writes it on: "which consul attacked Gaius Marro?"
is answered by "the consul Tuberius Vell attacked Gaius", whose "attacked" follows another name but precedes the one
asked (a verb before the name in the question, no common word of a name). A passage that says the name asked without its
common word, standing alone before a punctuation mark ("летом — в Преображенской церкви, а зимой — в Покровской,
которую ...") names it, though it names another of its kind beside it (`_elided`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .analysis import Question
from .documents import Doc
from .words import WORD, Words

_TOKEN = re.compile(r"[^\W\d_]+")

__all__ = ["another_named"]


def another_named(q: Question, doc: Doc, title: str, words: Words, texts: Iterable[str]) -> bool:
    """Does the passage (or, when it names nothing of it, its section's title) name another thing in place of a name
    the question asks about, by the common word beside it ("сопка", "river") that the pack's passages (`texts`) say
    beside the name asked too ("Ленская сопка", not "Кремль" and a verb beside it in the question)?"""
    asked, texts = set(q.stems), tuple(texts)
    tokens = WORD.findall(q.text)
    stems = [words.stem(t) for t in tokens]
    for u in q.units:
        if not u.name or u.strong & doc.keys:
            continue
        own = u.stems or frozenset({u.stem})
        if len(own) > 1 and _elided(own, doc.text, words):
            continue  # "а зимой — в Покровской, которую ...": the name asked, its common word left out
        at = [i for i, s in enumerate(stems) if s in own]
        sides: dict[str, set[int]] = {}  # a common word, and where it stands of the name (-1 before, 1 after)
        for i in at:
            for j in (i - 1, i + 1):
                if 0 <= j < len(tokens) and stems[j] not in own and tokens[j] not in words.stop and tokens[j].isalpha():
                    sides.setdefault(stems[j], set()).add(j - i)
        common = set(sides) | (own if len(own) > 1 else set())
        common = _beside(own, common, texts, words) if common - own else common
        if _other(own, common, doc.text, asked, words, sides=sides) or not (own & _stems(doc.text, words)) and not (
                own <= _stems(title, words)) and _other(own, common, title, asked, words, first=0, texts=texts,
                                                        sides=sides):
            return True
    return False


def _beside(own: frozenset[str], common: set[str], texts: Iterable[str], words: Words) -> set[str]:
    """The words of `common` that some passage says in lower case right beside a word of the name (`own`)."""
    found: set[str] = set()
    for text in texts:
        tokens = list(_TOKEN.finditer(text))
        stems = [words.stem(t.group(0).casefold()) for t in tokens]
        for i, s in enumerate(stems):
            if s in common and s not in found and tokens[i].group(0).islower() and any(
                    0 <= j < len(tokens) and stems[j] in own and not _gap(text, tokens[i], tokens[j]).strip()
                    for j in (i - 1, i + 1)):
                found.add(s)
    return found | (common & own)


def _elided(own: frozenset[str], text: str, words: Words) -> bool:
    """Does `text` say a capitalised word of a name of several words (`own`) standing alone, not first, with no word
    after it before a punctuation mark or the end ("летом — в Преображенской церкви, а зимой — в Покровской,"): the
    name said again without its common word?"""
    tokens = list(_TOKEN.finditer(text))
    return any(i and t.group(0)[:1].isupper() and words.stem(t.group(0).casefold()) in own and (
        i + 1 == len(tokens) or re.search(r"[,.;:!?)—–]", _gap(text, t, tokens[i + 1]))) for i, t in enumerate(tokens))


def _gap(text: str, a: re.Match[str], b: re.Match[str]) -> str:
    return text[min(a.end(), b.end()):max(a.start(), b.start())]


def _stems(text: str, words: Words) -> set[str]:
    return {words.stem(w) for w in WORD.findall(text.casefold())}


def _other(own: frozenset[str], common: set[str], text: str, asked: set[str], words: Words, first: int = 1,
           texts: tuple[str, ...] = (), sides: dict[str, set[int]] | None = None) -> bool:
    """Does `text` say the common word of the name `u`, in lower case ("сопку"), right beside a capitalised word, not
    the first of a sentence (`first`: 0 in a title, whose first word may be the name, unless the pack's `texts` write
    it in lower case: "Rope bridges" names a kind, "a rope bridge"), that is neither of `u` nor of the
    question ("Орлиную сопку" for "Волчья сопка"), on the side of it the question writes it on (`sides`, a common word
    of the question's; the words of a name of several words stand on either side)?"""
    tokens = list(_TOKEN.finditer(text))
    stems = [words.stem(t.group(0).casefold()) for t in tokens]
    for i, t in enumerate(tokens):
        if stems[i] not in common or not t.group(0).islower():
            continue
        for j in (i - 1, i + 1):
            if not first <= j < len(tokens) or (sides and stems[i] in sides and i - j not in sides[stems[i]]):
                continue
            other, gap = tokens[j], _gap(text, t, tokens[j])
            if other.group(0)[:1].isupper() and not gap.strip() and stems[j] not in own and stems[j] not in asked \
                    and other.group(0).casefold() not in words.stop and not (j == 0 and _written_lower(
                    other.group(0), texts)):
                return True
    return False


def _written_lower(word: str, texts: tuple[str, ...]) -> bool:
    """Does some text write a word in lower case (a title's capitalised first word is then no name: "Rope")?"""
    lower = re.compile(rf"(?<![^\W\d_]){re.escape(word.casefold())}(?![^\W\d_])")
    return word[1:].islower() and any(lower.search(text) for text in texts)
