"""Counts in a passage, as "how many / how much / сколько / во сколько раз" questions want them.

A figure counts the words right after it ("12 members", "600 тысяч солдат", "half of the
villagers", "пятеро монахов"): a passage gets `COUNTED_KEY` plus their keys, so that a figure
counting the thing asked is preferred to one counting another thing (see `ranking`). Besides
numbers in digits or words, a passage gives a figure by a share ("half", "треть": a
percentage), by saying how many times ("twice", "tripled", "в 3 раза", "вдвое") or how often
("twice a year", "every 4 years", "раз в 4 года", "ежегодно": a frequency), and by a number
that looks like a year but counts the word after it ("более 1200 ткачей", "1400 guns"; not
"in 1200", "the 1905 revolution", "1812 году").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..matching import Prepared
from ..quantities import QuantityKind
from ..roman import regnal_numbers
from .lone_money import says_lone_money
from .numbers_of import numbered_after
from .words import COUNTED_KEY, KIND_KEY, MONEY_KEY, NUMBER_KEY, PERCENT_KEY, Words

if TYPE_CHECKING:
    from .analysis import Question, Unit
    from .documents import Doc
    from .ranking import Scored

__all__ = ["BARE_KEY", "SPANS_KEY", "UNINDEXED", "counting_first", "counts", "counts_things", "dating_numbers",
           "era_years", "figure_keys", "kind_alone", "measures_own", "more_figures", "name_numbers"]

YEAR = re.compile(r"^(?:1[0-9]|20)\d\d$")
COUNTED_REACH = 3  # words after a figure that may say what it counts ("300 tonnes of grain") ...
COUNTED_WORDS = 2  # ... of them, this many content words
SPANS_KEY = "zspans"  # a passage whose every figure counts units of time ("lasted 33 and a half days")
BARE_KEY = "zbarefig"  # a passage with a figure that counts no word after it ("membership reached 20,000") ...
ELLIPSIS_REACH = 4  # ... nor counts again what a figure this few words before it counts ("from 12 ships to 30")
AMOUNTS = frozenset(("volume", "mass", "money"))  # figures saying how much there is of a thing ("23 km³ of water")
BULK = frozenset(("volume", "mass"))  # ... of a thing in bulk, whatever its name ("6,6 миллиона тонн")
GENERAL_KEY = "zgenfig"  # a passage with a figure counting a general word ("8 people", "12 человек")
NEAR_KEY = "zcnn"  # before the keys of a word of the same clause a few words after a figure ("16 Western European
NEAR_REACH = 5  # countries"): what it may count, for `counts_things`
UNINDEXED = (BARE_KEY, GENERAL_KEY, NEAR_KEY)  # keys for `counts_things` only, never searched by


def is_figure(word: str, words: Words) -> bool:
    return word[:1].isdigit() or word in words.tw.counts.magnitudes or bool(
        words.tw.cardinal and re.fullmatch(words.tw.cardinal, word))


# a capitalised word after another word, a number in digits, and the word after it (if any)
_NAME_NUMBER = re.compile(r"(?<=\w )([^\W\d_][^\W_]*) (\d{1,4})(?![\d.,]\d|\s*%|[\w-])(?: ([^\W\d_]+))?")
_MIN_PLURAL = 4  # letters of a word ending in "s" read as a plural noun ("bits", "engines"; not "is", "was", "has")
_PARTITIVE = "of"  # a number before it counts a part of a whole ("In the fire of Oska 12 of them died")


def name_numbers(raw: str, words: Words) -> frozenset[tuple[str, str]]:
    """The names a passage (`raw`, as written) writes with a number after them that counts nothing ("Apollo 13",
    "Boeing 707": ("apollo", "13"), ("boeing", "707")), as "Edward III" names a ruler: the name's word lower-cased
    and the number as written. A name's number is written in digits (no decimal point, no thousands separator, no per
    cent) right after a capitalised word inside a sentence (after another word: a sentence's first word is
    capitalised whatever it is, "About 60 ...", "In 1947 ..."). It still counts when a plural noun or a figure word
    follows ("IPv6 128 bits", "USD 13 billion"), or "of" ("In London 12 of the houses burned"): a figure after a
    fronted name ("In London 300 houses burned") counts what follows it. English only: Russian writes a count right
    after a place ("в Москве 300 человек"), and a name's number with a hyphen ("Восток-1")."""
    if words.lang.code != "en" or not any(c.isdigit() for c in raw):
        return frozenset()
    found = set()
    for m in _NAME_NUMBER.finditer(raw):
        name, number, after = m.group(1), m.group(2), m.group(3) or ""
        if not name[0].isupper() or _counted(after, words):
            continue
        found.add((name.casefold(), number))
    return frozenset(found)


def _counted(after: str, words: Words) -> bool:
    """Is the word after a number one it counts: a plural noun in small letters or a figure word ("billion"), or does
    it count a part ("12 of them")?"""
    word = after.casefold()
    return is_figure(word, words) or word == _PARTITIVE or (
        after.islower() and len(after) >= _MIN_PLURAL and word.endswith("s") and not word.endswith("ss")
        and word not in words.stop)


def _year_counts(p: Prepared, stems: list[str], words: Words, i: int) -> bool:
    """Does a number that looks like a year count the word after it ("1200 weavers", "около 1400 депутатов"):
    a content word that is no time word nor name follows, and no preposition or article of a year, nor a month or
    season, comes before?"""
    seq = p.words
    if i + 1 >= len(seq) or p.clauses[i + 1] != p.clauses[i]:
        return False
    nxt, st = seq[i + 1], stems[i + 1]
    before = seq[i - 1] if i > 0 else ""
    return (nxt.isalpha() and nxt not in words.stop and st not in words.time_stems and st not in words.date_stems
            and st not in words.name_stems and before not in words.tw.counts.year_prepositions
            and (i == 0 or stems[i - 1] not in words.date_stems))  # "In October 1349 Pope ...": a date


_ERAS = frozenset(("bc", "bce", "ad", "ce"))  # "in 40 BC", "AD 14": a year of any length, no count


def era_years(seq: list[str] | tuple[str, ...]) -> frozenset[int]:
    """The positions of the numbers a word of an era dates ("44 BC", "AD 14", "133 BCE"): years, whatever their
    length, which count nothing."""
    return frozenset(i for i, w in enumerate(seq) if w.isdigit() and (
        (i + 1 < len(seq) and seq[i + 1] in _ERAS) or (i > 0 and seq[i - 1] == "ad")))


def dating_numbers(seq: list[str] | tuple[str, ...], raw: str, words: Words | None = None) -> frozenset[str]:
    """The numbers of a passage (its words `seq`, `raw` as written) that are no figure: a year of an era ("40 BC",
    "AD 14"), a ruler's number ("Cleopatra VII", read as "cleopatra 7") and, with `words`, a name's number ("Apollo
    13", `name_numbers`)."""
    regnal = regnal_numbers(raw) if any(c in raw for c in "IVXL") else frozenset()
    regnal |= name_numbers(raw, words) if words is not None else frozenset()
    return frozenset({seq[i] for i in era_years(seq)} | {seq[i] for i in range(1, len(seq))
                                                         if (seq[i - 1], seq[i]) in regnal})


def _joined(p: Prepared, i: int, j: int, joining: frozenset[str]) -> bool:
    """Are the words `i` and `j` of a passage in one clause, or is `j` the word right after an "and"/"or" that opens
    the next ("165 towns and villages": both counted; not "40 farms and drowned the herds")?"""
    changes = [k for k in range(i + 1, j + 1) if p.clauses[k] != p.clauses[k - 1]]
    return not changes or (changes == [j - 1] and p.words[j - 1] in joining)


def figure_keys(p: Prepared, stems: list[str], words: Words, raw: str = "") -> set[str]:
    """The keys a passage's figures give it: `PERCENT_KEY` for a percentage or a share, `MONEY_KEY` for a sum of
    money, `NUMBER_KEY` for a figure that is no year (or a year-like number that counts), and `COUNTED_KEY` + the
    strong keys of the words each figure counts."""
    seq = p.words
    kinds = {q.kind for q in p.quantities}
    raw = raw or p.written  # as written: a ruler's numeral ("Cleopatra VII") is digits in `p.written`
    regnal = regnal_numbers(raw) if any(c in raw for c in "IVXL") else frozenset()
    regnal |= name_numbers(raw, words)  # "Apollo 13", "Boeing 707": a name's number counts nothing either
    spans: list[bool] = []  # of each figure: does it count units of time ("33 days")?
    counting: int | None = None  # where the last figure counting a word is
    money = "money" in kinds or says_lone_money(" ".join(seq), words.code)  # "$5", "a shilling" (`lone_money`)
    eras = era_years(seq)  # "40 BC": a year, no figure; nor is a ruler's number ("Cleopatra VII")
    dating = dating_numbers(seq, raw, words)
    keys = {key for key, there in ((PERCENT_KEY, bool(p.shares) or "percent" in kinds), (MONEY_KEY, money),
                                   (NUMBER_KEY, any(not (q.kind == "count" and (YEAR.match(q.text or "") or (
                                       q.text or "") in dating)) for q in p.quantities))) if there}
    for i, w in enumerate(seq):
        if not is_figure(w, words) or (i > 0 and is_figure(seq[i - 1], words)) or i in eras:
            continue
        if i > 0 and (seq[i - 1], w) in regnal:
            continue  # "Pope Clement VI condemned ...", "Edward III issued ...": a ruler's number counts nothing
        if YEAR.match(w):
            if not _year_counts(p, stems, words, i):
                continue
            keys.add(NUMBER_KEY)
        taken, joining = 0, words.tw.counts.joining
        for j in range(i + 1, min(len(seq), i + 1 + COUNTED_REACH)):
            if not _joined(p, i, j, joining) or taken == COUNTED_WORDS:
                break
            if seq[j] in words.stop or is_figure(seq[j], words):
                continue
            strong = words.keys(seq[j], stems[j])[0]
            keys.update(COUNTED_KEY + k for k in strong)
            if any(k.startswith(KIND_KEY) for k in strong) and not words.kind_keys(stems[j]):
                keys.add(GENERAL_KEY)  # "8 people": the members, soldiers ... a question asks of
            spans.append(taken == 0 and stems[j] in words.when_stems)
            taken += 1
        for j in range(i + 1, min(len(seq), i + 1 + NEAR_REACH)):
            if _joined(p, i, j, joining) and seq[j] not in words.stop and seq[j].isalpha():
                keys.update(NEAR_KEY + k for part in words.keys(seq[j], stems[j]) for k in part)
        if taken and _people_elided(seq, i, words):
            keys.update(COUNTED_KEY + k for k in words.keys("people", words.stem("people"))[0])
        if not taken:
            spans.append(False)  # "reached 20,000": it may count anything
            if counting is None or i - counting > ELLIPSIS_REACH or p.clauses[counting] != p.clauses[i]:
                keys.add(BARE_KEY)  # not "by 219 votes to 212": votes again
        else:
            counting = i
    numbered = [j for j in numbered_after(seq, words.code) if seq[j] not in words.stop and seq[j].isalpha()]
    if spans and numbered:  # "the number of letters rose: from 76 million in 1839 ..." (`numbers_of`)
        keys.update(COUNTED_KEY + k for j in numbered[:1] for k in words.keys(seq[j], stems[j])[0])
    elif spans and all(spans):
        keys.add(SPANS_KEY)  # "lasted 33 days": every figure is a length of time, none counts a thing
    return keys


# words before a figure that opens its clause ("About 90 were injured", "at least 12 died") and the verbs after it
_APPROXIMATE = frozenset("about some around roughly nearly almost over another approximately least than".split())
_ELIDED_VERBS = frozenset("were died".split())


def _people_elided(seq: list[str], i: int, words: Words) -> bool:
    """Does a figure with no noun open an English sentence as its subject ("About 90 were injured", "Another 12
    died")? It counts people, as a reader takes it: "how many people were hurt?" is answered by it as by "90 people
    were injured" (not "Of the 40 horses, 12 were hurt": the figure comes after its noun)."""
    opening = i == 0 or (i == 1 and seq[0] in _APPROXIMATE) or (i == 2 and seq[1] in _APPROXIMATE)
    return words.code == "en" and opening and i + 1 < len(seq) and seq[i + 1] in _ELIDED_VERBS


def more_figures(p: Prepared, stems: list[str], words: Words) -> frozenset[QuantityKind]:
    """The kinds of the figures a passage gives besides its quantities: a share ("percent"), how many times, a
    count without a number ("hundreds of") or a year-like count ("count"), how often ("frequency")."""
    tw, joined = words.tw.counts, " ".join(p.words)
    kinds: set[QuantityKind] = {"percent"} if p.shares else set()
    if (tw.multiplicative and re.search(tw.multiplicative, joined)) or any(w in tw.magnitudes for w in p.words):
        kinds.add("count")
    if tw.frequency and re.search(tw.frequency, joined):
        kinds.add("frequency")
    if any(YEAR.match(w) and _year_counts(p, stems, words, i) for i, w in enumerate(p.words)):
        kinds.add("count")
    if says_lone_money(joined, words.code):
        kinds.add("money")  # "cost more than a shilling", "стоил рубль" (`lone_money`)
    return frozenset(kinds)


def counts(doc: Doc, q: Question) -> bool:
    """Does a figure of a passage count what a "how many X" question asks about (see `figure_keys`; a kind of
    it for a general word: "12 members" for "how many people")?"""
    return any(COUNTED_KEY + k in doc.keys for u in q.units if u.stem in q.counted for k in u.strong | u.kinds)


def counts_things(doc: Doc, q: Question, kinds: Callable[[str], set[str]] | None = None) -> bool:
    """May a passage's figures count what a "how many X" question asks about: one counts X (`counts`), or the
    passage says X and a figure of it counts no other word ("the guild's members numbered 300"): not every figure
    is a length of time ("how many flagellants were there?" is not answered by "A flagellant procession lasted 33
    days": days are counted there), nor does every figure count another thing ("how many lamps were in the hall?" is
    not answered by "the hall's lamps were lit by 12 servants")? `kinds`: the kind keys of a stem (`Words.kind_keys`),
    by which a figure counting the general word counts a kind of it (`_general_counts_kind`)."""
    keys, asked = doc.keys, [u for u in q.units if u.stem in q.counted]
    return counts(doc, q) or (SPANS_KEY not in keys and doc.traits.kinds != {"duration"} and any(
        u.strong & keys for u in asked) and _counts_any(doc, q, asked)) or (  # "казаки ... на два часа": hours
        kinds is not None and _general_counts_kind(doc, asked, kinds)) or _bulk(doc)


def _bulk(doc: Doc) -> bool:
    """Does a passage give an amount in bulk, a mass or a volume, and no figure of another kind (a share or how many
    times aside): "how many X" of a thing carried or dug in bulk ("сколько грузов перевезли?", "how much grain was
    shipped?") is answered by "перевезли 6,6 миллиона тонн", though the passage does not name X again (the rest of the
    question said, `Ranker.answers`)?"""
    kinds = doc.traits.kinds
    return bool(BULK & kinds) and not kinds - BULK - {"count", "percent"}


def _general_counts_kind(doc: Doc, asked: list[Unit], kinds: Callable[[str], set[str]]) -> bool:
    """Does a figure of a passage count the general word of what a "how many X" question asks, X a kind of it ("how
    many residents?": "the town grew to 3 million people"; "сколько пассажиров?": "перевозило до 9 миллионов
    человек"), the passage naming no kind of its own it counts instead ("12 человек" beside "300 солдат")?"""
    if GENERAL_KEY not in doc.keys or not asked:
        return False
    wanted = [kinds(u.stem) for u in asked]
    return all(found and any(COUNTED_KEY + k in doc.keys for k in found) for found in wanted)


def _counts_any(doc: Doc, q: Question, asked: list[Unit]) -> bool:
    """May a figure of a passage count what a question asks about, though none counts it by name: one counts no word
    after it ("numbered 300"), a general word ("8 people", not of a name asked) or one a few words after it ("16
    Western European countries"); or it says an amount (a sum of money, a volume or a mass: "23 km³ of water"), a
    share when one is asked, or a figure counting nothing ("twice")?"""
    keys = doc.keys
    if {BARE_KEY, MONEY_KEY} & keys or PERCENT_KEY in keys & q.keys or AMOUNTS & doc.traits.kinds:
        return True
    if GENERAL_KEY in keys and not any(u.name for u in asked):
        return True
    return not any(k.startswith(COUNTED_KEY) for k in keys) or any(
        NEAR_KEY + k in keys for u in asked for k in u.strong | u.weak | u.kinds)


def counting_first(q: Question, tried: list[Scored], answering: Callable[[Scored], bool]) -> list[Scored]:
    """The candidates, without those whose figures do not count what "how many X" asks about when another's
    does and `answering` holds of it ("1,400 guns", not "600,000 soldiers ... their guns"); of those, when what is
    counted is said in several words ("how many servicing missions"), those whose figures count each of them when one
    of them answers ("five servicing missions", not "Servicing Mission 3A ... replaced all six gyroscopes")."""
    if q.counted and any(counts(r.doc, q) and answering(r) for r in tried):
        counting = [r for r in tried if counts(r.doc, q)]
        every = [r for r in counting if _counts_every(r.doc, q)]
        return every if len(q.counted) > 1 and any(answering(r) for r in every) else counting
    return tried


def _counts_every(doc: Doc, q: Question) -> bool:
    """Does a figure of a passage count each word of what a "how many X" question asks about (`counts`)?"""
    return all(any(COUNTED_KEY + k in doc.keys for k in u.strong | u.kinds) for u in q.units if u.stem in q.counted)


def kind_alone(doc: Doc, relation: tuple[Unit, ...]) -> bool:
    """Is a general word of a question ("people") met by a passage only through a kind of it ("women") while the
    passage does not say the rest of what is asked ("how many people lived in Paris?": "7,000 women set out from
    Paris" counts people who did something else)?"""
    keys = doc.keys
    kinded = [u for u in relation if u.kinds & keys and not u.strong & keys]
    return bool(kinded) and not all((u.strong | u.weak) & keys for u in relation if u not in kinded)


def measures_own(doc: Doc, relation: tuple[Unit, ...]) -> bool:
    """Does a passage with a figure of the kind asked say of what, in a word of the question ("It is 8 km deep")?"""
    return doc.traits.continues or any((u.strong | u.weak) & doc.keys for u in relation)
