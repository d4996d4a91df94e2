"""A family said for its members: "the Montgolfier brothers", "the Montgolfiers", "братья Черепановы", "Моторины, отец
и сын", "супруги Кюри" for the people of that surname a card wants ("Joseph and Etienne Montgolfier", keypoints "Иван
Моторин" and "Михаил Моторин"). A teacher reads the family as each of them. Only where the card's wordings name two
or more people of the pack with that surname, and the pack names no other person of it (then "the Montgolfiers"
might mean the father too). Tried only on an answer found wrong. A rule of English and Russian: a surname in the
plural, or after a word for the family."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from ..text import normalise
from .named_after import capital_runs

__all__ = ["family_named", "named_runs"]

_WORD = re.compile(r"[^\W\d_][^\W_]*(?:['’-][^\W\d_]+)*")
# a word for the family before or after its surname ("the Wright brothers", "brothers Grimm", "братья Люмьер")
_KIN = {"en": ("brothers", "sisters", "twins", "family", "couple", "siblings", "father and son", "father and daughter",
               "mother and son", "mother and daughter"),
        "ru": ("братья", "братьев", "братьям", "братьями", "братьях", "сестры", "сестер", "сестрам", "супруги",
               "супругов", "супругам", "супругами", "семья", "семьи", "семье", "отец и сын", "отец и дочь",
               "мать и сын", "мать и дочь")}
_AND = {"en": " and ", "ru": " и "}  # (members written with capitals: a name, as the pack writes it)


def named_runs(texts: tuple[str, ...], uses: Callable[[str], bool]) -> frozenset[str]:
    """The names the texts write: runs of capitalised words (normalised), but for a word before the last that the
    texts also write in lower case ("The Montgolfier brothers" opening a sentence)."""
    return frozenset(run for run in capital_runs(texts) if not any(uses(w) for w in run.split()[:-1]))


def _plurals(surname: str, code: str) -> tuple[str, ...]:
    """The surname in the plural ("montgolfiers", "моторины", "моториных", "вишневские")."""
    if code == "en":
        return (f"{surname}s", f"{surname}es")
    if surname.endswith(("ий", "ой", "ый")):
        stem = surname[:-2]
        return tuple(stem + end for end in ("ие", "их", "им", "ими"))
    if surname.endswith(("ов", "ев", "ин", "ын")):
        return tuple(surname + end for end in ("ы", "ых", "ым", "ыми"))
    return ()


def _wanted(texts: Iterable[str], people: Iterable[str]) -> dict[str, list[str]]:
    """The pack's people a card's wordings name (given name and surname in one wording, "Joseph and Etienne
    Montgolfier" naming both), by surname."""
    words = [set(_WORD.findall(normalise(text))) for text in texts]
    found: dict[str, list[str]] = {}
    for person in sorted(people):
        parts = person.split()
        if len(parts) >= 2 and any(parts[0] in said and parts[-1] in said for said in words):
            found.setdefault(parts[-1], []).append(person)
    return found


def _pattern(surname: str, code: str) -> re.Pattern[str]:
    """The family of a surname as an answer may say it, in any case ("the Montgolfier brothers", "Черепановы")."""
    kin = "|".join(map(re.escape, _KIN[code]))
    plural = "|".join(map(re.escape, _plurals(surname, code)))
    name = re.escape(surname)
    said = rf"(?:the )?{name} (?:{kin})|(?:{kin}) {name}" + (rf"|(?:the )?(?:{plural})" if plural else "")
    return re.compile(rf"\b(?:(?:{kin}) )?(?:{said})(?:,? (?:{kin}))?\b")  # "Черепановы, отец и сын": one family


def family_named(answer: str, texts: tuple[str, ...], people: frozenset[str], names: frozenset[str],
                 code: str) -> str | None:
    """The answer with a family it names written as the card's people of that surname ("Joseph Montgolfier and
    Etienne Montgolfier" for "the Montgolfier brothers"), or None. `people`: the pack's people; `names`: every name
    its texts write (normalised), so that one more bearer of the surname ("their father Pierre Montgolfier") is seen."""
    if code not in _KIN or not people:
        return None
    said = normalise(answer)
    for surname, members in _wanted(texts, people).items():
        given = {member.split()[0] for member in members}
        if len(members) < 2 or any(n.split()[-1] == surname and n.split()[0] not in given for n in people | names):
            continue
        if (m := _pattern(surname, code).search(said)) is not None:
            written = [" ".join(w[:1].upper() + w[1:] for w in member.split()) for member in members]
            return f"{said[:m.start()]}{_AND[code].join(written)}{said[m.end():]}"
    return None
