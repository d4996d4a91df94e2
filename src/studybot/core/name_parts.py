"""The parts of the name of a body or a place that still name it, read from a pack's own texts and turned
into spellings `Aliases` rewrites to the name (variant -> canonical), in any language of `lexicon_names`:

- a legal form ("Company", "Co.", "Ltd", "Inc.", "ООО") may be left out, or another put in its place;
- a kind of place before or after its name ("Lake Vellmar", "the river Tarrow", "Mt Ardley", "озеро
  Сельдяр", "р. Тарвеньга") may be left out, put in, moved or abbreviated;
- a body's name may lose its leading qualifier ("Hydrographic Society" for "Royal Hydrographic Society",
  "Industrial Alcohol" for "Western Dominion Industrial Alcohol Company") when two words or more are
  left and one of them is no generic word of bodies ("State University", "Society" name nothing);
- its acronym (three letters or more, or one the texts give in brackets after the name) is the name,
  and so is the name with its first words by their acronym ("UN Relief Office").

A part that two names of the pack share, or that is also a part of another name ("Dunmere" beside
"Lake Dunmere" and "Dunmere Abbey"), names neither and is left out. Nothing is dropped from the middle of
a name ("Royal Society" is another body) nor its head from its end ("Western Dominion" is a place).

A name is a card's short wording that has a body's head, a legal form or a kind of place in it, a run of
capitalised words ("Carrow Institute of Mining", "the river Tarrow") or, in Russian, a capitalised word and
the words up to a body's head ("Приморское географическое общество").
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from .dates import MONTHS
from .lexicon_names import NAME_WORDS, NameWords
from .memos import memoised
from .people import normalise  # (memoised: the texts are read token by token)

__all__ = ["name_parts"]

_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")  # a hyphenated word is one ("co-operation"; its acronym letter is one)
_POSSESSIVE = re.compile(r"['’]s$")
_CLAUSE = re.compile(r"[?!,;:()]")
_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_BRACKETED = re.compile(r"\(\s*([^\W\d_a-zа-яё][^\W_a-zа-яё]{1,7})\s*\)")  # "(UNRO)", "(ПГО)"
MAX_WORDS = 7  # a card's wording of this many words or fewer may be a whole name
MIN_ACRONYM = 3  # letters of an acronym made from a name (shorter ones only when the texts give them)
HEAD_WITHIN = 3  # in Russian, words after a capitalised one in which a body's head is looked for


@memoised(4)  # a grader reads its pack's texts twice (its aliases with the pack's phrases and without)
def name_parts(texts: tuple[str, ...], code: str, stop: frozenset[str]) \
        -> tuple[Mapping[str, str], frozenset[str], frozenset[str]]:
    """Variant -> canonical name of the bodies and places named in `texts`, the places' names without their
    kind that are one word ("Vellmar", "Мста": found in the cases of a sentence too), and the local parts
    of names ("hoe" of "Plymouth Hoe": found only as written, never as a slip of another word)."""
    nw = NAME_WORDS.get(code)
    if nw is None:
        return {}, frozenset(), frozenset()
    texts = tuple(t for t in texts if t)
    lower = frozenset(normalise(m.group()) for t in texts for m in _TOKEN.finditer(t) if m.group()[:1].islower())
    names: list[tuple[str, ...]] = []
    declared: dict[str, tuple[str, ...]] = {}
    alone: set[str] = set()  # every run of capitalised words, joined: the names the texts use on their own
    for text in texts:
        names.extend(_names_in(text, nw, stop, alone))
        declared.update(_declared(text, nw))
    pairs = _variants(names, declared, nw, lower | stop, frozenset(alone))
    bare = {" ".join(_bare(_core(name, nw), nw)[0]) for name in names if _bare(_core(name, nw), nw)[1]}
    local = frozenset(p for name in names for p in _local_part(_core(name, nw), nw, lower | stop, frozenset(alone)))
    return pairs, frozenset(b for b in bare if " " not in b and b in pairs), local & pairs.keys()


def _names_in(text: str, nw: NameWords, stop: frozenset[str], alone: set[str]) -> list[tuple[str, ...]]:
    """The names a text gives: the whole text when it is a short wording that names a body or a place, and
    its runs of capitalised words."""
    out: list[tuple[str, ...]] = []
    words = tuple(_WORD.findall(normalise(text)))
    if not nw.inside and _whole(text, words, nw, stop):
        out.append(words)  # a wording that is a name, in a language of lower-case names ("Российская академия наук")
    for run in _runs(text, nw):
        while run and run[0] in stop and run[0] not in nw.joiners:  # "Because Congress ...": no name's word
            run = run[1:]
        alone.add(" ".join(run))
        if len(run) >= 2 and run != words:
            out.append(run)
    return out


def _whole(text: str, words: tuple[str, ...], nw: NameWords, stop: frozenset[str]) -> bool:
    """Is a short wording (no question, no clause) a body's or a place's name: a kind of place and a name ("озеро
    Сельдяр"), or adjectives before a body's head and at most two words after it ("Российская академия наук"; not
    "Кутузов собрал военный совет")?"""
    if not 2 <= len(words) <= MAX_WORDS or words[0] in stop or _CLAUSE.search(text):
        return False
    if words[0] in nw.kinds or words[-1] in nw.kinds:
        return len(words) == 2
    heads = [i for i, w in enumerate(words) if w in nw.heads or w in nw.legal]
    first = next((i for i, w in enumerate(words) if w not in nw.legal_first), 0)
    return bool(heads) and (text[:1].isupper() or words[0] in nw.legal_first) and len(words) - heads[-1] <= 3 \
        and all(w.endswith(nw.adjectival) for w in words[first:heads[0]])


def _marked(words: tuple[str, ...], nw: NameWords) -> bool:
    return any(w in nw.heads or w in nw.legal or w in nw.kinds for w in words)


def _runs(text: str, nw: NameWords) -> list[tuple[str, ...]]:
    """Runs of capitalised words, with the joiners of one name inside ("Institute of Mining") and a kind of
    place before them ("the river Tarrow"); in a language of lower-case names (`nw.inside` empty: Russian),
    a capitalised word goes on to a body's head within a few words ("Северский государственный университет")."""
    matches = list(_TOKEN.finditer(text))
    tokens = [(m.group(), _POSSESSIVE.sub("", normalise(m.group()))) for m in matches]

    def joined(k: int) -> bool:  # nothing but spaces between the k-th word and the one before (a stop after
        gap = text[matches[k - 1].end():matches[k].start()].strip() if k > 0 else "-"  # "Mt.", "St.", "U.")
        return not gap or gap == "." and len(tokens[k - 1][0]) <= 2 and tokens[k - 1][1] not in nw.legal

    out: list[tuple[str, ...]] = []
    i = 0
    while i < len(tokens):
        if not tokens[i][0][:1].isupper():
            i += 1
            continue
        start = i - 1 if joined(i) and tokens[i - 1][1] in nw.kinds else i
        j = i + 1
        while j < len(tokens) and joined(j) and not _acronym_word(tokens[j - 1][0]) \
                and not _POSSESSIVE.search(tokens[j - 1][0]):  # "OEEC (Organisation ...)", "Hale's Exton cell"
            if nw.inside and tokens[j - 1][1] in nw.heads and tokens[j][0][:1].isupper() \
                    and not _marked((tokens[j][1],), nw):
                break  # "the Security Council | Stanislav Zas": a body's head ends its name
            if tokens[j][0][:1].isupper():
                j += 1
            elif tokens[j][1] in nw.inside and j + 1 < len(tokens) and tokens[j + 1][0][:1].isupper() \
                    and joined(j + 1):
                j += 2
            else:
                break
        if not nw.inside and j == i + 1:
            head = next((k for k in range(j, min(len(tokens), j + HEAD_WITHIN)) if tokens[k][1] in nw.heads), None)
            if head is not None and all(tokens[k][0].islower() and joined(k) for k in range(j, head + 1)) \
                    and all(tokens[k][1].endswith(nw.adjectival) for k in range(i, head)):  # not "Кутузов собрал совет"
                j = head + 1
        out.append(tuple(w for _, low in tokens[start:j] for w in _WORD.findall(low)))
        i = j
    return out


def _acronym_word(token: str) -> bool:
    return len(token) > 1 and token.isupper()


def _declared(text: str, nw: NameWords) -> dict[str, tuple[str, ...]]:
    """Acronyms a text gives in brackets after a name: "the United Nations Relief Office (UNRO)"."""
    out: dict[str, tuple[str, ...]] = {}
    for m in _BRACKETED.finditer(text):
        letters = "".join(c for c in m.group(1) if c.isalpha()).casefold()
        before = _WORD.findall(normalise(text[:m.start()]))[-8:]
        for k in range(len(before) - 2, -1, -1):  # the fewest words whose initials are the acronym
            if _acronym(tuple(before[k:]), nw) == letters:
                out[letters] = tuple(before[k:])
                break
    return out


def _acronym(words: tuple[str, ...], nw: NameWords) -> str:
    return "".join(w[0] for w in words if w not in nw.joiners and w[:1].isalpha())


def _core(words: tuple[str, ...], nw: NameWords, legal: bool = True) -> tuple[str, ...]:
    """A name without "the" and (when `legal`) its legal form ("the Kestrel Shipping Co." -> "kestrel shipping")."""
    while words and (words[0] in nw.joiners or legal and words[0] in nw.legal_first):
        words = words[1:]
    while legal and len(words) > 1 and words[-1] in nw.legal and words[-1] not in nw.legal_first:
        words = words[:-1]
    return words


def _bare(core: tuple[str, ...], nw: NameWords) -> tuple[tuple[str, ...], str]:
    """A place's name without its kind, and the kind ("lake vellmar" -> ("vellmar",), "lake"; "strait of kessa" ->
    ("kessa",), "strait")."""
    if len(core) >= 3 and core[0] in nw.kinds and core[1] in nw.inside:
        return core[2:], core[0]
    if len(core) >= 2 and core[0] in nw.kinds:
        return core[1:], core[0]
    if len(core) >= 2 and core[-1] in nw.kinds:
        return core[:-1], core[-1]
    return core, ""


def _variants(names: list[tuple[str, ...]], declared: dict[str, tuple[str, ...]], nw: NameWords,
              lower: frozenset[str], alone: frozenset[str]) -> dict[str, str]:
    found: dict[str, set[str]] = {}
    # a name's core (a place's without its kind, and the kind: "Ferren Lake" is no "Ferren River") -> its canonical
    canon: dict[tuple[tuple[str, ...], str], str] = {}
    every: list[tuple[str, str]] = []  # every name met (its words joined) and its canonical spelling
    for name in names:
        core = _core(name, nw)
        if len(core) < 2:
            continue
        key = _bare(core, nw)
        canonical = canon.setdefault(key, " ".join(core))
        every.append((" ".join(core), canonical))
        spellings = _spellings(name, core, nw, lower, alone) if _marked(name, nw) else \
            {" ".join(core)} if _shortened(" ".join(core), nw) else set()  # "Saint Aldric" / "St Aldric"
        spellings |= _local_part(core, nw, lower, alone)  # "the Hoe" of "Plymouth Hoe"
        for variant in spellings | {short for spelt in spellings for short in _shortened(spelt, nw)}:
            found.setdefault(variant, set()).add(canonical)
    for letters, name in declared.items():
        core = _core(name, nw)
        if core and letters not in lower:
            found.setdefault(letters, set()).add(canon.get(_bare(core, nw), " ".join(core)))
    others = {(f" {name} ", owner) for name, owner in every}
    out: dict[str, str] = {}
    for variant, canonicals in found.items():
        canonical = next(iter(canonicals))
        padded = f" {variant} "
        if len(canonicals) == 1 and (variant == canonical or not any(
                owner != canonical and padded in other for other, owner in others)):
            out[variant] = canonical  # (a part of another name of the pack too names neither)
    return out


def _spellings(name: tuple[str, ...], core: tuple[str, ...], nw: NameWords, lower: frozenset[str],
               alone: frozenset[str]) -> set[str]:
    out = {" ".join(core), " ".join(_core(name, nw, legal=False))}
    bare, kind = _bare(core, nw)
    if kind:  # "Vellmar", "Vellmar Lake", "Mt Ardley"; "Kessa" of "the Strait of Kessa", unless the texts name a
        # "Kessa" of its own (the town beside the strait: another place)
        if all(len(w) >= 3 and w not in lower and w not in nw.generic and not (len(w) > 4 and w.endswith(nw.adjectival))
               for w in bare) and not (core[1] in nw.inside and " ".join(bare) in alone):  # not "Town" of "Cape Town"
            out.add(" ".join(bare))
        for k in (kind, *nw.kinds[kind]):
            out |= {" ".join((*_WORD.findall(k), *bare)), " ".join((*bare, *_WORD.findall(k)))}
        return out
    rests = [core[i:] for i in range(1, len(core) - 1) if _distinctive(core[:i], core[i:], core, nw, alone)]
    for rest in [core, *rests]:
        joined = " ".join(rest)
        out.add(joined)
        out |= {f"{legal} {joined}" if legal in nw.legal_first else f"{joined} {legal}" for legal in nw.legal}
    return out | _acronyms(core, nw, lower) | _acronyms(_core(name, nw, legal=False), nw, lower)


def _local_part(core: tuple[str, ...], nw: NameWords, lower: frozenset[str], alone: frozenset[str]) -> set[str]:
    """A name of two words whose first is a place the texts name on its own, in a language that writes names
    in capitals: its second word names it ("the Hoe" of "Plymouth Hoe"), when that word is no word the texts
    write in lower case, no word of kinds, heads or rank ("Buckland Abbey", "South Korea"), no month ("Messina
    October") and no other name's."""
    if len(core) != 2 or not nw.inside or core[0] not in alone:
        return set()
    where, part = core
    plain = lower | nw.heads | nw.generic | nw.status | nw.legal | nw.joiners | nw.kinds.keys() | MONTHS.keys()
    return {part} if len(part) >= 3 and part.isalpha() and where not in plain and part not in plain else set()


def _shortened(spelt: str, nw: NameWords) -> set[str]:
    """A spelling with its words in their short and full forms, each or all ("brothers" -> "bros", "saint" -> "st",
    and "st" -> "saint": a text that writes "St Aldric's" names the "Saint Aldric's" a learner types)."""
    words = spelt.split()
    longer: dict[str, tuple[str, ...]] = {}  # ("st": saint and street)
    for full, shorts in nw.short_forms.items():
        for short in shorts:
            longer[short] = (*longer.get(short, ()), full)
    if not any(w in nw.short_forms or w in longer for w in words):
        return set()
    forms: set[tuple[str, ...]] = {()}
    for w in words:
        alternatives = (w, *nw.short_forms.get(w, ()), *longer.get(w, ()))
        forms = {(*f, alt) for f in forms for alt in alternatives}
    return {" ".join(f) for f in forms} - {spelt}


def _distinctive(dropped: tuple[str, ...], rest: tuple[str, ...], core: tuple[str, ...], nw: NameWords,
                 alone: frozenset[str]) -> bool:
    """Is a body's name without its leading qualifier still its name? The qualifier says only where or of which
    rank (words of rank or direction, an adjective in a language that marks them, or a name the texts use on its
    own: "Royal", "Приморское", "Western Dominion"), not which body ("Stanford" of "Stanford Research Institute");
    what is left keeps the head and two words or more, one no generic word of bodies ("Hydrographic Society";
    not "State University", nor "Economic Assistance" for "Council for Mutual Economic Assistance")."""
    content = [w for w in rest if w not in nw.joiners and w not in nw.legal]
    qualifier = " ".join(dropped) in alone or all(w in nw.status or w.endswith(nw.adjectival) for w in dropped)
    return qualifier and rest[0] not in nw.joiners and len(content) >= 2 \
        and all(w in rest for w in core if w in nw.heads) and any(w not in nw.heads and w not in nw.status
                                                                  for w in content)


def _acronyms(words: tuple[str, ...], nw: NameWords, lower: frozenset[str]) -> set[str]:
    """ "wdiac" and "w d i a c" (as "W.D.I.A.C." is read) for a name of three words or more, and the name with
    its first words by their acronym ("un relief office", "u n relief office")."""
    out: set[str] = set()
    letters = _acronym(words, nw)
    if len(letters) >= MIN_ACRONYM and letters not in lower:
        out |= {letters, " ".join(letters)}
    for i in range(2, len(words) - 1):
        head = words[:i]
        if not any(w in nw.joiners for w in head) and words[i] not in nw.joiners:
            short = _acronym(head, nw)
            out |= {" ".join((short, *words[i:])), " ".join((*short, *words[i:]))}
    return out
