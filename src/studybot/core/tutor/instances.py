"""What the notes say a thing is a kind of: "which gas ...?" is answered by "chlorine" when the notes say
"Chlorine is a poisonous gas" anywhere.

A category and its instance are read from the ways any text puts them together (`TutorWords`):

- the category word right before a name ("the ship Meriden", "King Oswin", "the port of Sallow", "река Орна",
  "корабль «Меридиан»"), or a word that makes names after one ("the Orne river");
- a copula ("The Orne is a slow river", "Верск был торговым городом", "Хлор — ядовитый газ"): the words after it,
  up to a phrase, are categories of the term before it;
- an apposition with an article ("iron, a metal found in the sand");
- a list after a category ("acids such as vitriol and aqua fortis", "кислоты, такие как купорос"), or before
  one ("Sallow and other ports", "купорос и другие кислоты").

`kind_instances` maps the stem of each category to the stem sets of its instances; a question asking "which X"
is met by a passage naming an instance of X it does not name itself (`analysis`, `supplying.supplies`).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING, TypeVar

from ..matching import Prepared
from ..preparing import TOKEN
from .definitions import copula_subject, term_before
from .names import NameBook
from .words import WORD, Words

if TYPE_CHECKING:
    from .analysis import Question, Unit, Wants
    from .documents import Doc

U = TypeVar("U", bound="Unit")

__all__ = ["asked_instances", "asks_named", "gives_instance", "kind_instances", "kind_phrase", "named_kind",
           "with_instances"]

MAX_CATEGORY = 3  # content words after a copula or an article that say what kind of thing the term is
MAX_ITEM = 2  # content words of one item of a list of instances
_DASH = re.compile(r"^\s*([^—–,;:()]{1,60}?)\s+[—–-]\s+(?:это\s+)?([^—–]+)$")
_ITEMS = re.compile(r",|;|\s+(?:and|or|и|или)\s+")
_CLAUSE = re.compile(r"[.;:!?()]")
_BREAK = re.compile(r"[,;:()—–]|\s-\s")

Instances = dict[str, set[tuple[str, ...]]]
_LOCAL = threading.local()  # .read: the sentences a library reads on this thread, prepared
Kinds = dict[str, tuple[tuple[str, ...], ...]]  # the stem of a category: the stems of each of its instances


def kind_instances(texts: Iterable[tuple[str, Prepared]], words: Words, book: NameBook) -> Kinds:
    """The stem of each category the texts (sentences, and each prepared) give instances of, with the stems of each
    instance."""
    found: Instances = {}
    names = frozenset(book.stems)
    _LOCAL.read = read = {}
    try:
        for text, prepared in texts:
            read[text] = prepared
            _named(text, words, names, found)
            _copula(text, words, found)
            _listed(text, words, found)
    finally:
        _LOCAL.read = {}
    return {k: tuple(sorted(v)) for k, v in found.items()}


def _add(found: Instances, categories: Iterable[str], instance: Iterable[str]) -> None:
    item = tuple(sorted(set(instance)))
    for c in categories:
        if item and c not in item:
            found.setdefault(c, set()).add(item)


def _prepared(text: str, words: Words) -> Prepared:
    """A text prepared (a sentence as the library prepared it, read by every way of giving an instance)."""
    found: Prepared | None = getattr(_LOCAL, "read", {}).get(text)
    return found if found is not None else words.prepare(text)


def _plain(text: str, words: Words) -> tuple[list[str], list[str], list[int]]:
    """The words of a text, their stems and the positions of its content words."""
    prepared = _prepared(text, words)
    return prepared.words, words.stems(prepared), words.content(prepared)


@lru_cache(maxsize=1 << 16)
def _noun(w: str, words: Words) -> bool:
    """Could a word name a category: a content word of letters, no light word, pronoun or verb form (by its
    endings of two letters or more: "металл" is no "основал")?"""
    tw, lex = words.tw, words.lang.lex
    return w.isalpha() and len(w) > 2 and not any(w in group for group in (
        words.stop, tw.light_words, tw.pronouns, tw.question_words, lex.connectives, lex.negators, lex.clause_breaks,
        tw.time_words, tw.date_words, tw.particles, tw.prepositions, tw.participles)) and not (
        len(w) > 4 and w.endswith(tuple(e for e in tw.framing_endings if len(e) > 1) or ("\0",)))


def _named(text: str, words: Words, names: frozenset[str], found: Instances) -> None:
    """A general word for a kind of place, thing or person right before a name ("the ship Meriden", "the port of
    Sallow", "King Oswin", "река Орна"), or a word that makes names after one ("the Orne river")."""
    seq, stems, _ = _plain(text, words)
    if not names.intersection(stems):
        return
    spans = list(TOKEN.finditer(_prepared(text, words).text))
    cut = [i for i in range(1, len(spans)) if len(spans) == len(seq)  # not across a comma: "After the elections,
           and _BREAK.search(_prepared(text, words).text[spans[i - 1].end():spans[i].start()])]  # the US ..."
    for a, b in zip([0, *cut], [*cut, len(seq)], strict=True):
        _named_in(seq[a:b], stems[a:b], words, names, found)


def _named_in(seq: list[str], stems: list[str], words: Words, names: frozenset[str], found: Instances) -> None:
    joiners = words.tw.name_joiners - words.tw.appositives - words.tw.name_particles  # "of", not "the"
    places = words.place_stems
    for i, (w, st) in enumerate(zip(seq, stems, strict=True)):
        if st in names and words.lang.stem(w) not in places and w not in words.tw.role_words:
            continue
        of = i + 2 < len(seq) and seq[i + 1] in joiners and st in words.where_stems  # "the port of X", not "king of X"
        j = i + 2 if of else i + 1
        run = []
        while j < len(seq) and stems[j] in names:
            run.append(stems[j])
            j += 1
        general = words.lang.stem(w) in _general(words) or w in words.tw.role_words
        if run and general and _noun(w, words) and _agrees(w, seq[j - len(run)], words):
            _add(found, [st], run)
        if words.lang.stem(w) in places and i > 0 and stems[i - 1] in names and st != stems[i - 1]:  # "Orne river"
            k = i - 1
            while k >= 0 and stems[k] in names:
                k -= 1
            _add(found, [st], stems[k + 1:i])


def _agrees(category: str, name: str, words: Words) -> bool:
    """Is a name after a category word its apposition ("река Волга", "в городе Верске", "король Освин"), in the same
    case, rather than its possessor ("армия Кутузова", "столица Франции", `TutorWords.possessor_endings`)? After a
    category word in an oblique case (`TutorWords.oblique_endings`) the name has its ending, or none ("Котлин")."""
    tw = words.tw
    oblique = next((e for e in tw.oblique_endings if category.endswith(e)), None)
    if oblique is not None and name.endswith(oblique):
        return True  # "реке Орне"; else the name as it is called ("на острове Котлин"), no possessor
    return not name.endswith((*tw.possessor_endings, *(tw.oblique_endings if oblique else ())) or ("\0",))


@lru_cache(maxsize=16)
def _general(words: Words) -> frozenset[str]:
    """The stems of the general words for kinds of places, bodies, things with names and people ("river", "город",
    "ship", "король"): they stand before a name as its category ("река Орна"), unlike a possessor ("дом Пушкина")."""
    tw = words.tw
    return words.place_stems | words.where_stems | words.person_stems | frozenset(
        words.lang.stem(w) for w in tw.named_kinds)


def _categories(seq: list[str], stems: list[str], start: int, words: Words) -> list[str]:
    """The stem of the noun a phrase from `start` ends in (its last content word: "a small market town", "ядовитый
    газ"), past articles, adverbs and adjectives, up to `MAX_CATEGORY` words; none when it goes on beyond them."""
    out: list[str] = []
    for j in range(start, len(seq)):
        w = seq[j]
        if w in words.tw.prepositions or len(out) == MAX_CATEGORY or (out and w in words.stop):
            break
        if _noun(w, words):
            out.append(stems[j])
        elif w not in words.stop and not w.endswith(words.tw.adverb_endings or ("\0",)):
            break
    return out[-1:]


def _copula(text: str, words: Words, found: Instances) -> None:
    """"X is a (slow) river", "Верск был торговым городом", "Хлор — ядовитый газ", "iron, a metal ...": the
    categories of X."""
    dashed = _DASH.match(_CLAUSE.split(text, maxsplit=1)[0])
    if dashed:
        left, right = _plain(dashed.group(1), words), _plain(dashed.group(2), words)
        subject = [left[1][j] for j in left[2] if _noun(left[0][j], words) or left[1][j] in words.name_stems]
        if 0 < len(subject) <= MAX_ITEM:
            _add(found, _categories(right[0], right[1], 0, words), subject)
    seq, stems, content = _plain(text, words)
    places = set(content)
    for i, w in enumerate(seq):
        if w in words.tw.copulas and 0 < i < len(seq) - 1:
            subject = [stems[j] for j in copula_subject(seq, i, places, words)
                       if _noun(seq[j], words) or stems[j] in words.name_stems] or [
                stems[j] for j in range(max(0, i - MAX_CATEGORY), i) if stems[j] in words.name_stems]  # "X тогда был"
            if subject and seq[i - 1] not in words.tw.pronouns:
                _add(found, _categories(seq, stems, i + 1, words), subject)
    raw = _prepared(text, words).text
    article = "(?:" + "|".join(words.tw.indefinite) + ") " if words.tw.indefinite else ""
    for m in re.finditer(r"([^\W\d_]+(?: [^\W\d_]+)?), " + article, raw):
        before = _plain(m.group(1), words)
        after = len(WORD.findall(raw[:m.end()]))
        if not article and not _apposed(raw[m.end():], words):
            continue  # without an article, "железо, металл из песка" (not a list: "песок, поташ и известь")
        _add(found, _categories(seq, stems, after, words),
             [before[1][j] for j in before[2] if _noun(before[0][j], words)][-MAX_ITEM:])


def _apposed(rest: str, words: Words) -> bool:
    """Is what follows a comma, in a language without articles, a category said of the word before it: a noun
    (and its adjectives) up to a preposition or the sentence's end, no item of a list?"""
    chunk = WORD.findall(re.split(r"[,;:.!?()]", rest, maxsplit=1)[0])
    head: list[str] = []
    for w in chunk:
        if w in words.tw.prepositions:
            break
        head.append(w)
    return 0 < len(head) <= MAX_CATEGORY and all(_noun(w, words) for w in head) and (
        len(head) < len(chunk) or not re.match(r"\s*,", rest[len(" ".join(chunk)):]))


def _listed(text: str, words: Words, found: Instances) -> None:
    """"acids such as vitriol and aqua fortis", "кислоты, такие как купорос", "Sallow and other ports"."""
    raw = _prepared(text, words).text
    before, after = _cues(words.tw.instance_cues, words.tw.other_cues)
    if before is not None:
        for m in before.finditer(raw):
            seq, stems, content = _plain(raw[:m.start()], words)
            category = [stems[j] for j in term_before(seq, len(seq), set(content), words, 1) if _noun(seq[j], words)]
            for item in _ITEMS.split(_CLAUSE.split(raw[m.end():], maxsplit=1)[0]):
                part = _plain(item, words)
                if len(part[0]) > MAX_ITEM + 1:
                    break  # "... such as copper, but tubes were cheap": the list has ended
                _add(found, category, [part[1][j] for j in part[2] if part[0][j].isalpha()][:MAX_ITEM])
    if after is not None:
        for m in after.finditer(raw):
            seq, stems, content = _plain(raw[:m.start()], words)
            named = [stems[j] for j in term_before(seq, len(seq), set(content), words, MAX_ITEM)]
            kind = _plain(m.group(1), words)
            _add(found, [kind[1][j] for j in kind[2]], named)


@lru_cache(maxsize=16)
def _cues(before: tuple[str, ...], after: tuple[str, ...]) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The cues of a list after its category ("such as") and before it ("and other ..."), as patterns."""
    return (re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, before)) + r")(?!\w)") if before else None,
            re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, after)) + r") ([^\W\d_]+)") if after else None)


def asked_instances(category: str, asked: frozenset[str], kinds: Kinds) -> frozenset[str]:
    """The stems of the instances the notes give of a category a question asks for, but those the question names."""
    return frozenset(st for item in kinds.get(category, ()) if not asked.intersection(item) for st in item)


def named_kind(word: str, words: Words, kinds: Kinds) -> bool:
    """Are the instances of a category (a word of a question) names ("which city", "which ship" when the notes say
    "the ship Meriden")? By its stem, or as a form of a name of the pack ("на каком острове": "Заячий остров")."""
    stems = {words.lang.stem(word), words.stem(word)}
    return bool(stems & {words.lang.stem(w) for w in words.tw.named_kinds}) or any(
        all(st in words.name_stems for st in item) for c in stems for item in kinds.get(c, ()))


@lru_cache(maxsize=8)
def _compiled(patterns: tuple[tuple[str, str], ...]) -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(a), b) for a, b in patterns)


def kind_phrase(text: str, words: Words) -> tuple[str, frozenset[str]]:
    """A question with "which of the X" said as "which X"; and the words it asks the kind of ("what kind of gas",
    "какого типа печи", "что за газ"): categories whose instances count, but no light words (the kind of X is
    asked, and X is what it is asked of: "what kind of elections": "parliamentary elections")."""
    for pattern, replacement in _compiled(words.tw.kind_phrases):
        text = pattern.sub(replacement, text)
    return text, frozenset(m.group(1) for p in words.tw.kind_of for m in re.finditer(p, text))


def asks_named(wanted: Wants, typed: frozenset[str], kinds: Iterable[str], words: Words, found: Kinds) -> bool:
    """Does a question ask for an instance named by a name ("which city", "which ship" when the notes say "the ship
    Meriden"), not for a kind ("what kind of river is the Orne?") nor what a thing is, nor for a figure ("какой ток
    идёт через X?": "около 20 мА", though the notes name a kind of current)?"""
    return not typed and not wanted.define and not wanted.numeric and any(named_kind(k, words, found) for k in kinds)


def with_instances(units: list[U], kinds: frozenset[str], typed: frozenset[str], asked: frozenset[str],
                   found: Kinds) -> tuple[list[U], frozenset[str]]:
    """The units of a question, those of the categories it asks for (or the kind of: `typed`) met by their instances
    too ("which gas": "chlorine"), and the stems of those instances."""
    given = {k: asked_instances(k, asked, found) for k in kinds | {u.stem for u in units if u.text in typed}}
    out = [replace(u, strong=u.strong | given[u.stem]) if u.stem in given else u for u in units]
    return out, frozenset[str]().union(*given.values())


def gives_instance(doc: Doc, q: Question) -> bool:
    """Does a passage give what a question asking for a named instance wants ("which city"): a name the question
    does not give, or an instance the notes give of the category ("The glassmakers dammed a river" answers no
    "which river?")?"""
    said = any(u.stem in doc.keys for u in q.units if u.stem in q.kinds)  # (a name may open it: "Japan had ...")
    return not q.named or not said or bool(doc.names - q.stems or q.instances & doc.keys)
