"""What a pack's own text says its words stand for.

Terms it defines by others ("Прокариоты (доядерные организмы) — это бактерии
и археи"): the text then uses them for one another, so a question about bacteria is partly
met by a sentence about prokaryotes, and the other way round.

A definition is a sentence whose opening words, then the language's defining cue
(`TutorWords.definition_cue`, "— это"), then the words up to the first comma, colon or
bracket, name the same thing. The stems on each side are related to those on the other;
the relation is read from the text itself, never from a word list.

A role or title the text puts before the name of one person only ("король Карл XII",
"царь Пётр" among the aliases) stands for that person when a question uses it alone
("Куда бежал шведский король?").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .names import NameBook
from .words import Words

__all__ = ["related_terms", "role_holders"]

MAX_SIDE = 3  # content words of the defined side of a definition, at most
MAX_TERM = 2  # ... and of the defining side, unless it lists single words
_BRACKETED = re.compile(r"\([^)]*\)")
_REGNAL = re.compile(r"^[ivxl]{1,5}$")  # the number of a ruler ("Карл XII"), no name
_CLAUSE_END = re.compile(r"[,;:(.!?]")
_LIST_END = re.compile(r"[;:(.!?]")
_LIST_SEPARATOR = re.compile(r",|\s+(?:и|или|and|or)\s+")


def related_terms(texts: Iterable[str], words: Words) -> dict[str, frozenset[str]]:
    """Stems of the terms each stem is defined by (or defines) in `texts` (sentences)."""
    cue = words.tw.definition_cue
    if not cue:
        return {}
    pattern = re.compile(cue)
    related: dict[str, set[str]] = {}
    for text in texts:
        found = pattern.search(text)
        if found is None:
            continue
        left = _stems(_BRACKETED.sub(" ", text[:found.start()]), words)
        right = _terms(text[found.end():], words)
        if not left or not right or len(left) > MAX_SIDE:
            continue
        for a in left:
            for b in right:
                if a != b:
                    related.setdefault(a, set()).add(b)
                    related.setdefault(b, set()).add(a)
    return {k: frozenset(v) for k, v in related.items()}


def _terms(text: str, words: Words) -> list[str]:
    """The terms a definition gives: a list of single words ("бактерии и археи", "растения, животные
    и грибы"), or up to `MAX_TERM` words before the first comma; none when it says more than that
    ("постоянные структуры клетки, которые ..." names no term)."""
    body = _LIST_END.split(text, maxsplit=1)[0]
    items = [_stems(item, words) for item in _LIST_SEPARATOR.split(body)]
    if len(items) > 1 and all(len(item) == 1 for item in items):
        return [item[0] for item in items]
    first = _stems(_CLAUSE_END.split(text, maxsplit=1)[0], words)
    return first if len(first) <= MAX_TERM else []


def _stems(text: str, words: Words) -> list[str]:
    """The tutor's stems of the content words of a text (light words left out)."""
    prepared = words.prepare(text)
    stems = words.stems(prepared)
    light = words.tw.light_words
    return [stems[i] for i in words.content(prepared) if prepared.words[i] not in light and stems[i].isalpha()]


def role_holders(texts: Iterable[str], words: Words, names: NameBook) -> dict[str, frozenset[str]]:
    """The name stems of the person each title stands for, when the texts put it before the
    name of that person and no other (`TutorWords.unique_titles`: "царь", "король"; not
    occupations such as "химик", nor kin). Two names are one person when they share a word
    ("царь Пётр", "царь Пётр Алексеевич")."""
    titles = frozenset(words.lang.stem(t) for t in words.tw.unique_titles)
    runs: dict[str, list[frozenset[str]]] = {}
    if not titles:
        return {}
    for text in texts:
        stems = [words.stem(w) for w in words.tokens(text)]
        for i, st in enumerate(stems[:-1]):
            if st not in titles:
                continue
            run = []
            for nxt in stems[i + 1:]:
                if nxt not in names.stems:
                    break
                run.append(nxt)
            persons = frozenset(n for n in run if n in names.persons and not _REGNAL.match(n))  # "Карл XII": карл
            if persons:
                runs.setdefault(st, []).append(persons)
    return {role: frozenset().union(*people) for role, people in runs.items()
            if all(a & b for a in people for b in people)}
