"""English WordNet as a meaning signal: synonyms in a frequent sense, antonyms, base forms.

The data is `core/data/lexical_en.tsv`, the one English lexical table, derived from the English WordNet database
files by `tools/build_lexical_en.py` (its parts' builders say what each keeps and why); WordNet's licence notice is
in its header. A line is a word and eight fields: the first four are this module's (synonyms, antonyms, bases,
family), the next two `related_words`' (`related`), the last two the tutor's (`kinds`, `kinds_adjective`). It is
read once, on first use (only an English pack's grader or tutor asks for it), never at start-up. General language only:
WordNet describes English, not one text.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from typing import Literal, NamedTuple

__all__ = ["Entry", "Pos", "antonyms", "base_forms", "entry", "family", "fields", "kinds", "kinds_adjective", "known",
           "related", "synonyms", "table", "verb_form"]

Pos = Literal["n", "v", "a", "r"]
POSES: tuple[Pos, ...] = ("n", "v", "a", "r")

# WordNet's detachment rules (morphy): an ending and what replaces it, per part of speech
_ENDINGS: dict[Pos, tuple[tuple[str, str], ...]] = {
    "n": (("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"),
          ("ies", "y")),
    "v": (("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")),
    "a": (("er", ""), ("est", ""), ("er", "e"), ("est", "e")),
    "r": (),
}


class Entry(NamedTuple):
    """One word of the table: its synonyms and antonyms per part of speech, the bases it is a form of, and its
    family: the words derived from it or it from them, with their part of speech ("lender" n: "lend" v)."""

    synonyms: dict[Pos, frozenset[str]]
    antonyms: dict[Pos, frozenset[str]]
    bases: frozenset[str]
    family: dict[Pos, frozenset[tuple[str, Pos]]] = {}


def _pos(text: str) -> Pos:
    for pos in POSES:
        if text == pos:
            return pos
    raise ValueError(f"wordnet table: unknown part of speech {text!r}")


def _partners(field: str) -> dict[Pos, frozenset[str]]:
    """"v=refuse,worsen;n=diminution" -> {"v": {refuse, worsen}, "n": {diminution}}."""
    found: dict[Pos, frozenset[str]] = {}
    for part in filter(None, field.split(";")):
        pos, _, words = part.partition("=")
        found[_pos(pos)] = frozenset(words.split(","))
    return found


def _relatives(field: str) -> dict[Pos, frozenset[tuple[str, Pos]]]:
    """"n=lend/v,loan/v" -> {"n": {(lend, v), (loan, v)}}."""
    return {pos: frozenset((word, _pos(other)) for word, _, other in (w.partition("/") for w in words))
            for pos, words in _partners(field).items()}


FIELDS = 8  # fields of a line after its word (trailing empty ones are left off)


def parse(text: str) -> dict[str, str]:
    """The table's lines, word -> the rest of its line (read into an `Entry` when first asked for): one split
    a line, no more (`fields` checks a line's fields when it reads them)."""
    try:
        return dict(line.split("\t", 1) for line in text.splitlines() if line and line[0] != "#")
    except ValueError:  # a line with no tab
        bad = next(line for line in text.splitlines() if line and line[0] != "#" and "\t" not in line)
        raise ValueError(f"wordnet table: unreadable line {bad[:60]!r}") from None


@cache
def table() -> dict[str, str]:
    """The shipped table, read once (about 49,000 words; the fields are read word by word, on demand)."""
    return parse(files("studybot.core").joinpath("data/lexical_en.tsv").read_text(encoding="utf-8"))


def fields(word: str) -> list[str] | None:
    """A word's eight fields (None for a word the table does not hold)."""
    rest = table().get(word)
    if rest is None:
        return None
    found = rest.split("\t")
    if len(found) > FIELDS:
        raise ValueError(f"wordnet table: unreadable line {word + chr(9) + rest[:60]!r}")
    return found + [""] * (FIELDS - len(found))


@cache
def entry(word: str) -> Entry:
    """What the table says of one word (an empty entry for a word it does not hold)."""
    found = fields(word)
    if found is None:
        return Entry({}, {}, frozenset())
    same, opposite, bases, family = found[:4]
    return Entry(_partners(same), _partners(opposite), frozenset(filter(None, bases.split(","))),
                 _relatives(family))


def known(word: str) -> bool:
    """Does the table give the word synonyms, antonyms, bases or a family (a word of WordNet's frequent senses)?"""
    found = fields(word)
    return found is not None and any(found[:4])


def related(word: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """A common word's relatives in any sense (`related_words`): the words sharing a synset with it (field 5), its
    hypernyms and hyponyms (field 6: a noun's two steps the same way too); None for a word without them."""
    found = fields(word)
    if found is None or not (found[4] or found[5]):
        return None
    return frozenset(filter(None, found[4].split(","))), frozenset(filter(None, found[5].split(",")))


@cache
def kinds(word: str) -> frozenset[str] | None:
    """The lemmas that say a lemma in other words, for the tutor (`tutor.reworded`): a synonym in one of the first
    senses of both, a kind of it, a similar adjective; None for a word without them."""
    found = fields(word)
    if found is None or not (found[6] or found[7]):
        return None
    return frozenset(found[6].split(","))


@cache
def kinds_adjective(word: str) -> bool:
    """Is the word one of the tutor's adjectives (`kinds`)?"""
    found = fields(word)
    return found is not None and found[7] == "a"


def _lemma_of(word: str, pos: Pos) -> bool:
    found = entry(word)
    return pos in found.synonyms or pos in found.antonyms or pos in found.family


def detached(word: str, poses: tuple[Pos, ...] = POSES) -> frozenset[str]:
    """The bases WordNet's detachment rules give a word in these parts of speech, lemmas of the table or not
    ("ponies" -> pony, poni, ponie)."""
    return frozenset(word[: len(word) - len(ending)] + replacement for p in poses for ending, replacement in _ENDINGS[p]
                     if word.endswith(ending) and len(word) > len(ending) + 1)


def base_forms(word: str, pos: Pos | None = None) -> frozenset[str]:
    """The table's lemmas `word` may be a form of ("rose" -> rise, rose; "declining" -> decline)."""
    word = word.lower()
    poses = POSES if pos is None else (pos,)
    found = {w for w in entry(word).bases if any(_lemma_of(w, p) for p in poses)}
    for p in poses:
        found.update(base for base in (word, *detached(word, (p,))) if _lemma_of(base, p))
    return frozenset(found)


def verb_form(word: str) -> bool:
    """Is `word` a form of a verb: of a verb lemma of the table, or a regular past in "-ed" of a word the table holds
    in any part of speech ("raided": the table's frequent senses keep only the noun "raid", but "-ed" makes a verb
    of it)?"""
    word = word.lower()
    return bool(base_forms(word, "v")) or word.endswith("ed") and any(known(base) for base in detached(word, ("v",)))


def _lookup(partners: dict[Pos, frozenset[str]], pos: Pos | None) -> frozenset[str]:
    if pos is not None:
        return partners.get(pos, frozenset())
    return frozenset().union(*partners.values())


def synonyms(lemma: str, pos: Pos | None = None) -> frozenset[str]:
    """Lemmas that share a frequent sense with `lemma` (in one part of speech, or in any)."""
    return _lookup(entry(lemma.lower()).synonyms, pos)


def antonyms(lemma: str, pos: Pos | None = None) -> frozenset[str]:
    """Lemmas WordNet gives as the opposite of `lemma` in a frequent sense of both."""
    return _lookup(entry(lemma.lower()).antonyms, pos)


def family(lemma: str, pos: Pos | None = None) -> frozenset[tuple[str, Pos]]:
    """The lemmas (with their part of speech) WordNet derives from `lemma` or it from them, in a frequent sense
    of both, in another part of speech ("approve" v: ("approval", "n"))."""
    partners = entry(lemma.lower()).family
    return partners.get(pos, frozenset()) if pos is not None else frozenset().union(*partners.values())
