"""A question that asks for the name of a thing ("what was the name of the ship?", "как звали сына X?"): the passage
that answers gives a name beside that thing ("the barge Heron", "танкер «Заря»", "his son, Tom") or says it with a
naming word ("was called ..."), not just mentions the thing ("Its crew used the lander as a lifeboat" tells no
lander's name). A passage that does not say the thing at all answers only with a name the question does not give: a
person's name, when the thing is a person by its role ("как звали капитана танкера X?" is not answered by "танкер X сел
на риф у Аляски")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..text import strip_accents
from .words import WORD

if TYPE_CHECKING:
    from .analysis import Question
    from .documents import Doc
    from .words import Words

__all__ = ["asked_name_of", "gives_name"]

_TOKEN = re.compile(r"[«\"“„]|[.!?;:]|\w[\w'’-]*")
_QUOTES = "«\"“„"
_STOPS = ".!?;:"
BEFORE, AFTER = 2, 4  # words around the thing within which its name is written


def asked_name_of(text: str, words: Words) -> frozenset[str]:
    """The stems of the thing whose name a question asks for (empty when it asks for no name): the last word before
    a preposition or clause in English ("the name of Tom's dog that ...": dog), the first noun in Russian ("как
    звали младшего сына X": сын)."""
    tw = words.tw
    m = re.search(tw.name_asks, text) if tw.name_asks else None
    if m is None:
        return frozenset()
    chunk: list[str] = []
    for w in re.findall(r"\w[\w'’-]*", m.group("rest")):
        if w in tw.name_ask_ends:
            break
        chunk.append(re.sub(r"['’]s?$", "", w))
    content = [w for w in chunk if w not in words.stop and not w[:1].isdigit()]
    if not content:
        return frozenset()
    first = tw.name_ask_first
    head = next((w for w in content if not w.endswith(first)), content[0]) if first else content[-1]
    return frozenset({words.stem(head)})


def gives_name(doc: Doc, q: Question, words: Words) -> bool:
    """Does a passage give the name a question asks for (see the module): a capitalised word the question does not
    say, or a quotation mark, a few words around the thing, a term it introduces ("a new coin, the groat") or a
    naming word of the language (`Words.name_pattern`); or a new name, not saying the thing?"""
    if not q.name_of:
        return True
    tokens = _TOKEN.findall(doc.text)
    lowered = [strip_accents(t).casefold() for t in tokens]  # as stems are: "лён" is "лен"
    at = [i for i, t in enumerate(lowered) if any(t.startswith(s) for s in q.name_of)]
    if not at:  # it may name the thing otherwise, with a name the question does not give: a person's, when the thing
        named = doc.persons if q.name_of & words.role_stems else doc.names  # is a person's role ("как звали капитана
        return bool(named - q.stems)  # танкера?": not "у Аляски")
    terms = doc.heads - q.stems  # the terms it introduces
    for i in at:
        for j in range(max(0, i - BEFORE), min(len(tokens), i + AFTER + 1)):
            t = tokens[j]
            if t in _QUOTES or any(lowered[j].startswith(h) for h in terms):  # "a new coin, the groat"
                return True
            opening = j == 0 or tokens[j - 1] in _STOPS
            governed = j > 0 and lowered[j - 1] in words.tw.prepositions  # "отправил лён в Петербург": no name of it
            if t[:1].isupper() and not opening and not governed and not any(lowered[j].startswith(s) for s in q.stems):
                return True
    return words.name_pattern.search(" ".join(WORD.findall(doc.text.lower()))) is not None
