"""A family said for its members: "the Montgolfier brothers", "the Montgolfiers", "братья Черепановы", "Моторины, отец
и сын", "супруги Кюри" for the people of that surname a card wants ("Joseph and Etienne Montgolfier", keypoints "Иван
Моторин" and "Михаил Моторин"). A teacher reads the family as each of them. Only where the card's wordings name two
or more people of the pack with that surname, and the pack names no other person of it (then "the Montgolfiers"
might mean the father too). Tried only on an answer found wrong. A rule of English and Russian: a surname in the
plural, or after a word for the family."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from ..language import language
from ..text import normalise
from .named_after import capital_runs

__all__ = ["family_named", "named_runs", "relatives_named"]

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


def _titled(name: str) -> str:
    """A normalised name written with capitals, as the pack writes it ("joseph montgolfier": "Joseph Montgolfier")."""
    return " ".join(w[:1].upper() + w[1:] for w in name.split())


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
            return f"{said[:m.start()]}{_AND[code].join(map(_titled, members))}{said[m.end():]}"
    return None


# A relative said with a kin noun after a named person ("Иван Моторин с сыном Михаилом", "вместе с братом Петром",
# "Ivan Motorin with his son Mikhail", "and his brother Peter"): the relative bears the person's surname. Each kin
# noun with its relation (parent and child, siblings, spouses), so that a point of another relation is not made.
_RELATION = {"en": {"son": "child", "daughter": "child", "father": "child", "mother": "child", "brother": "sibling",
                    "sister": "sibling", "wife": "spouse", "husband": "spouse"},
             "ru": {"сыном": "child", "дочерью": "child", "дочкой": "child", "отцом": "child", "матерью": "child",
                    "братом": "sibling", "сестрой": "sibling", "женой": "spouse", "мужем": "spouse",
                    "супругой": "spouse", "супругом": "spouse"}}
# the same nouns in the words of a point ("отец и сын", "his son", "братья"): the relation the card says
_SAID_RELATION = {"en": {**_RELATION["en"], "sons": "child", "daughters": "child", "brothers": "sibling",
                         "sisters": "sibling", "siblings": "sibling", "couple": "spouse"},
                  "ru": {**_RELATION["ru"], "сын": "child", "сына": "child", "дочь": "child", "отец": "child",
                         "отца": "child", "мать": "child", "брат": "sibling", "брата": "sibling", "братья": "sibling",
                         "братьев": "sibling", "сестра": "sibling", "сестры": "sibling", "жена": "spouse",
                         "муж": "spouse", "супруги": "spouse"}}
_WITH = {"en": r"(?:together )?(?:with|and) (?:his|her) ",
         "ru": r"(?:вместе )?(?:со?|и) (?:своим |своей |своею |его |ее )?"}


def relatives_named(answer: str, texts: tuple[str, ...], names: frozenset[str], code: str) -> str | None:
    """The answer with a relative said by a kin noun after a named person written as a second person of that surname
    ("Иван Моторин и Михаил Моторин" for "Иван Моторин с сыном Михаилом", "Ivan Motorin and Mikhail Motorin" for
    "Ivan Motorin with his son Mikhail"), or None. Only where the pack names both people with that surname
    (`names`, normalised), and not where the card's wordings (`texts`) say another relation ("отец и сын" is not
    made by "с братом")."""
    if code not in _RELATION:
        return None
    said = normalise(answer)
    kin = "|".join(map(re.escape, _RELATION[code]))
    found = re.search(rf"\b(\w+)(?: \w+\.?)? (?!вместе |together )(\w+),? {_WITH[code]}({kin}),? (\w+)\b", said)
    if found is None:
        return None
    first, surname, noun, given = found.groups()
    stem = language(code).stem

    def same(word: str, name: str) -> bool:  # a name's word in any case ("михаилом", "марией": "михаил", "мария")
        base = name[:-1] if name.endswith(("а", "я", "й", "ь")) else name
        return stem(word) == stem(name) or (len(base) >= 3 and word.startswith(base) and len(word) - len(base) <= 3)

    bearers = [n.split() for n in names if len(n.split()) >= 2 and same(surname, n.split()[-1])]
    relative = next((parts[0] for parts in bearers if same(given, parts[0])), None)
    if relative is None or not any(same(first, parts[0]) for parts in bearers) or same(given, first):
        return None
    relation = _RELATION[code][noun]
    said_relations = {_SAID_RELATION[code][w] for text in texts for w in _WORD.findall(normalise(text))
                      if w in _SAID_RELATION[code]}
    if said_relations - {relation}:
        return None
    person, other = _titled(said[found.start():found.end(2)]), _titled(f"{relative} {surname}")
    return f"{said[:found.start()]}{person}{_AND[code]}{other}{said[found.end():]}"
