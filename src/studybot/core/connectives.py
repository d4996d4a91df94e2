"""Connectives read by the relation they say, as a fair teacher reads them, not by their word. A keypoint's contrast
("the glazed pots cracked but the clay bowls survived", "whereas", "yet", "however"; "однако", "зато", "тогда как") is
made by another contrast ("while", "but"; "но", "а") or by none, the two clauses side by side ("..., the clay bowls
survived"); a condition or time ("if", "once", "whenever"; "если") by another of its kind ("when"; "когда"), and a
concession ("although", "though"; "хотя") by another concession or a contrast. The relation is kept: a connective of a
relation against the point's between the words that make it ("because", "since", "so" for "but" or "although";
"unless" or "although" for "if"; "потому что", "поэтому" for "однако") fails the point, as do the two sides of a
contrast crossed ("the clay bowls cracked but the glazed pots survived"). A function word of a point ("when",
"но", "когда") is never wanted in the answer, as before, but its relation is kept so too; "while", "а" and "в то время
как", which also only join or say when, are read as no relation. A cause or a contrast for a condition is left alone,
and a cause is never said by another word here ("because" is no "so"; `causes` reads those). Only words of the
language."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .lexicon_causation import EN_CAUSE_FIRST, EN_RESULT_FIRST
from .memos import memoised

if TYPE_CHECKING:
    from .matching import Prepared

__all__ = ["cause_markers", "cause_turned", "clashes_with_point", "connective_at", "connective_skips",
           "relation_changed", "relation_changed_at", "turns"]

# relation -> its connectives (a phrase where one word is not enough). "while", "а" and "в то время как" also only
# join or say when ("магнит двигают, а в катушке возникает ток"): a relation of their own, against none
_RELATIONS: dict[str, dict[str, frozenset[str]]] = {
    "en": {"contrast": frozenset("but whereas yet however".split()),
           "concession": frozenset("although though".split()),
           "condition": frozenset("if when once whenever".split()),
           "cause": frozenset("because since".split()),
           "result": frozenset("so therefore thus hence consequently".split()),
           "exception": frozenset(["unless"]),
           "joining": frozenset(["while", "whilst"])},
    "ru": {"contrast": frozenset(["но", "однако", "зато", "тогда как"]),
           "concession": frozenset(["хотя", "хоть"]),
           "condition": frozenset(["если", "когда"]),
           "cause": frozenset(["потому что", "поскольку", "так как", "ибо"]),
           "result": frozenset(["поэтому", "так что", "следовательно"]),
           "joining": frozenset(["а", "в то время как"])},
}
# English words of causing, as word sequences, with the cause said after them or not
_CAUSE_PHRASES = tuple((tuple(g.split()), False) for g in EN_CAUSE_FIRST) + tuple(
    (tuple(g.split()), True) for g in EN_RESULT_FIRST)
# ... by their first word: a word of a text looks up the few that may start at it, not all of them
_CAUSE_BY_FIRST: dict[str, tuple[tuple[tuple[str, ...], bool], ...]] = {
    first: tuple(p for p in _CAUSE_PHRASES if p[0][0] == first)
    for first in dict.fromkeys(seq[0] for seq, _ in _CAUSE_PHRASES)}
# the connectives of several words, as word sequences ("тогда как": ("тогда", "как"))
_PHRASES = {code: {rel: tuple(tuple(g.split()) for g in group if " " in g) for rel, group in table.items()}
            for code, table in _RELATIONS.items()}
# a keypoint's relation -> the answer's relations said in its place that turn it into another ("because" for "but",
# "unless" or "although" for "if"; a cause or a contrast for a condition is left alone: "the graft takes because the
# bark is moist", "the wind rose, but then the sail was reefed")
_CLASHES = {"contrast": frozenset({"cause", "result", "exception"}),
            "concession": frozenset({"cause", "result", "exception"}),
            "condition": frozenset({"concession", "exception"})}
# said by a word of their own where the point's word is a content word (a concession by a contrast too); a
# contrast may go unsaid
_NEEDED = {"concession": frozenset({"concession", "contrast"}), "condition": frozenset({"condition"})}
# "once a year", "once more", "yet again", "so far", "so that", "since 1990": not connectives
_NOT_AFTER = {"once": frozenset("a an again more or and every upon".split()),
              "yet": frozenset("again another more".split()),
              "since": frozenset("then that ever before after".split())}
# "so" of a result opens a clause with its subject ("..., so the ship sank"), not "so heavy"
_SO_SUBJECTS = frozenset("the a an it they he she we its their his her this these those there".split())


def _connectives(p: Prepared) -> tuple[tuple[int, int, str], ...]:
    """(start, length, relation) of each connective in a prepared text."""
    if p.lang.code not in _RELATIONS:
        return ()
    return _connectives_of(tuple(p.words), p.lang.code, p.lang.lex.negators)


@memoised(1 << 14)  # (a wording's are asked again for every answer; an answer's by several checks)
def _connectives_of(words: tuple[str, ...], code: str, negators: frozenset[str]) -> tuple[tuple[int, int, str], ...]:
    """`_connectives` of a text's words: a pure function of the words, the language and its negators."""
    table, out = _RELATIONS[code], []
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        for rel, group in table.items():
            n = next((len(seq) for seq in _PHRASES[code][rel] if words[i:i + len(seq)] == seq), 0)
            if n or (w in group and nxt not in _NOT_AFTER.get(w, ()) and not nxt[:1].isdigit()
                     and (w != "so" or nxt in _SO_SUBJECTS) and not (i and words[i - 1] in negators)):
                out.append((i, n or 1, rel))  # (not "not yet": a negation)
    return tuple(out)


def turns(p: Prepared) -> bool:
    """Does a text turn against what it says, with a contrast or a concession ("but", "although"; "но", "хотя")?"""
    return any(rel in ("contrast", "concession") for _, _, rel in _connectives(p))


def connective_at(p: Prepared, i: int) -> bool:
    """Is the word at i a connective ("однако": no modifier a point may be made without, `grading.modifiers`)?"""
    return any(start <= i < start + n for start, n, _ in _connectives(p))


def _joining(p: Prepared) -> list[tuple[int, int, str]]:
    """The connectives of `_CLASHES` relations a wording joins clauses or opens a clause with: content words follow."""
    content = set(p.content())
    return [(i, n, rel) for i, n, rel in _connectives(p)
            if rel in _CLASHES and any(j in content for j in range(i + n, len(p.words)))]


def connective_skips(ref: Prepared) -> frozenset[str]:
    """The stems of a wording's connectives that an answer need not repeat word for word (`relation_changed`
    checks the relation instead)."""
    content = set(ref.content())
    return frozenset(ref.stems[j] for i, n, _ in _joining(ref) for j in range(i, i + n) if j in content)


def relation_changed(ref: Prepared, got: Prepared, pairs: list[tuple[int, int]], *, clash: bool = False,
                     needed: bool = True) -> bool:
    """Does an answer that makes a wording's words (`pairs`: the wording's place, the answer's) say the relation of
    the wording's connective otherwise: a connective of a relation against it between them (`_CLASHES`), none of a
    condition or a concession the wording says by a content word (unless not `needed`: a long point made in part),
    or the sides of a contrast crossed, each said in a clause with the other side's words? With `clash`, only the
    first."""
    if not clash and _sides_mixed(ref, got, pairs):
        return True
    joins = _joining(ref)
    if not joins or not pairs:
        return False
    lo, hi = min(j for _, j in pairs), max(j for _, j in pairs)
    found = _connectives(got)
    between = {rel for i, n, rel in found if lo < i and i + n - 1 < hi}
    if any(not between.isdisjoint(_CLASHES[rel]) for _, _, rel in joins):
        return True
    if clash:
        return False
    content, starts = set(got.content()), {i for i, _, _ in found}
    while lo > 0 and (lo - 1 not in content or lo - 1 in starts):  # "if the rope broke", "when the wind rises, ..."
        lo -= 1
    said = {rel for i, n, rel in found if lo <= i and i + n - 1 < hi}
    mine = set(ref.content())
    for at, n, rel in joins:
        if needed and rel in _NEEDED and at in mine and said.isdisjoint(_NEEDED[rel]):
            return True
        if rel == "contrast" and _crossed(ref, got, pairs, at, n):
            return True
    return False


def _crossed(ref: Prepared, got: Prepared, pairs: list[tuple[int, int]], at: int, n: int) -> bool:
    """Are the two sides of a wording's contrast at `at` crossed in the answer: a clause of it with words of both,
    over two clauses or more ("the clay bowls cracked but the glazed pots survived"; a word on both sides left out)?"""
    sides = [{ref.stems[i] for i in ref.content() if i < at}, {ref.stems[i] for i in ref.content() if i >= at + n}]
    both = sides[0] & sides[1]
    before = {got.clauses[j] for i, j in pairs if 0 <= i < at and ref.stems[i] not in both}
    after = {got.clauses[j] for i, j in pairs if i >= at + n and ref.stems[i] not in both}
    return bool(before & after) and len(before | after) >= 2


_SIDE_WORDS = 2  # content words at least on each side of two English clauses joined by "and" or a comma


def _splits(ref: Prepared) -> list[tuple[int, int]]:
    """(start, length) of what parts a wording in two clauses: its "while" ("whilst"; "а", "в то время как"), or in
    English the break between its only two clauses, each of two content words or more ("and", a comma: not "salt and
    pepper were traded")."""
    content = ref.content()
    joins = [(at, n) for at, n, rel in _connectives(ref) if rel == "joining"
             and any(i >= at + n for i in content) and any(i < at for i in content)]
    if joins or ref.lang.code != "en" or _connectives(ref):
        return joins
    clauses = sorted({ref.clauses[i] for i in content})
    if len(clauses) != 2 or any(sum(ref.clauses[i] == c for i in content) < _SIDE_WORDS for c in clauses):
        return []
    return [(min(i for i in range(len(ref.words)) if ref.clauses[i] == clauses[1]), 0)]


def _sides_mixed(ref: Prepared, got: Prepared, pairs: list[tuple[int, int]]) -> bool:
    """Are the two clauses a wording joins (`_splits`: "the musicians played on the train while listeners stood on the
    platform", "..., and listeners stood ...") said each with words of the other, both ways: two parts of the answer,
    each with words of both sides, and each side's first word said in a part with as many words of the other side as
    of its own ("the musicians stood on the platform while the listeners played on the train")? A part is a clause,
    or a stretch of one between its connectives ("whilst"). Words said on both sides tell none; a word of the other
    side in one part only ("the car's engine cooled while it was parked" for "the engine cooled while the car was
    parked"), or among most of its own side's ("the engine heats the water into steam, and the water's steam drives
    the turbine"), crosses nothing."""
    if not pairs:
        return False
    starts = [i for i, _, _ in _connectives(got)]
    part = [(got.clauses[j], sum(s <= j for s in starts)) for j in range(len(got.words))]
    for at, n in _splits(ref):
        sides = [{ref.stems[i] for i in ref.content() if i < at}, {ref.stems[i] for i in ref.content() if i >= at + n}]
        both = sides[0] & sides[1]
        mine = [sorted((i, j) for i, j in pairs if 0 <= i < at and ref.stems[i] not in both),
                sorted((i, j) for i, j in pairs if i >= at + n and ref.stems[i] not in both)]
        if not all(mine) or len({part[j] for _, j in mine[0]} & {part[j] for _, j in mine[1]}) < 2:
            continue
        if all(sum(part[j] == part[side[0][1]] for _, j in mine[1 - k]) >= sum(part[j] == part[side[0][1]]
                                                                               for _, j in side)
               for k, side in enumerate(mine)):
            return True
    return False


def _across(point: Prepared, ref: Prepared) -> bool:
    """Does a wording without the point's connective say words of the point on both sides of it (the point said
    plainer, "глазурь потрескалась черепок уцелел"), not one side alone (an accepted "debt shrinks in real terms")?"""
    stems = {ref.stems[i] for i in ref.content()}
    return any(any(point.stems[i] in stems for i in point.content() if i < at)
               and any(point.stems[i] in stems for i in point.content() if i >= at + n) for at, n, _ in _joining(point))


def clashes_with_point(point: Prepared, ref: Prepared, got: Prepared, positions: tuple[int, ...]) -> bool:
    """A wording made at `positions` that says the point without its connective: is a connective of another
    relation said between its words ("глазурь потрескалась, потому что черепок уцелел" for "..., однако ...")?"""
    return _across(point, ref) and relation_changed(point, got, [(-1, j) for j in positions], clash=True)


def relation_changed_at(point: Prepared, ref: Prepared, got: Prepared, positions: tuple[int, ...],
                        skip: frozenset[str]) -> bool:
    """`relation_changed` for a match of a wording's wanted words (`Prepared.wanted` with `skip`) at `positions`, or
    `clashes_with_point` for a wording without the point's connective."""
    places = sorted([i for i in ref.content() if ref.stems[i] not in skip] or ref.content(), key=lambda i: bool(
        ref.dirs[i]))
    pairs = list(zip(places, positions, strict=True)) if len(places) == len(positions) else []
    if not _joining(ref):
        return _sides_mixed(ref, got, pairs) or clashes_with_point(point, ref, got, positions)
    return relation_changed(ref, got, pairs or [(-1, j) for j in positions], clash=not pairs)


def cause_markers(p: Prepared) -> tuple[tuple[int, int, bool], ...]:
    """(start, length, the cause said after it) of each word of a cause in a prepared text: a connective of a cause
    ("because", "since") or of a result (", so ...", "therefore": the cause before it), and in English a verb or
    phrase of causing (`lexicon_causation`: "led to", "caused" with the cause before; "resulted from", "due to",
    "because of", "was caused by" with it after), the longest at a place."""
    found = {i: (n, rel == "cause") for i, n, rel in _connectives(p) if rel in ("cause", "result")}
    if p.lang.code == "en":
        words = tuple(p.words)
        taken = -1
        for i in range(len(words)):
            if i <= taken:
                continue
            best = max(((len(seq), after) for seq, after in _CAUSE_BY_FIRST.get(words[i], ())
                        if words[i:i + len(seq)] == seq
                        and not (seq[-1] == "causes" and words[i + 1:i + 2] == ("of",))), default=None)
            if best is not None and best[0] >= found.get(i, (0, True))[0]:
                found[i] = best
            if i in found:
                taken = i + found[i][0] - 1
    return tuple(sorted((i, n, after) for i, (n, after) in found.items()))


_FIRST_BREAK = re.compile(r"[^,;:()\[\]—-]*,")  # a comma the first break of a text's rest


def _sides(p: Prepared, at: int, n: int, after: bool) -> tuple[list[int], list[int]]:
    """The content words of a text on the side of its cause and on the side of its result, around its one word of a
    cause at `at` (`n` words): a cause said first with a connective of its own ("because of the drought, a famine
    came") ends with its clause at a comma (after a dash or a colon the rest explains, no result: "because it's fast
    - no handshake")."""
    content = [i for i in p.content() if not at <= i < at + n]
    first, second = [i for i in content if i < at], [i for i in content if i >= at + n]
    if after and not first and _FIRST_BREAK.match(p.text.partition(p.words[at])[2]):  # "because of the drought, ..."
        first = [i for i in second if p.clauses[i] != p.clauses[at]]
        second = [i for i in second if p.clauses[i] == p.clauses[at]]
    return (second, first) if after else (first, second)


def cause_turned(point: Prepared, got: Prepared, skip: frozenset[str]) -> bool:
    """Does an answer that makes a point of a cause ("the ship sank because it was overloaded", "the drought caused a
    famine") say its cause as the result, around its one word of a cause (`cause_markers`, any of them for any): no
    word of the point's cause on the answer's side of the cause, one on the side of the result, and a word of the
    point's result on the side of the cause ("the ship was overloaded because it sank"; "the famine led to the
    drought", "the drought resulted from the famine" for "the drought caused a famine")? A cause said first ("because
    it was overloaded, the ship sank") is read so. Words of the question (`skip`) and words said on both sides of the
    point tell no side."""
    mine, theirs = cause_markers(point), cause_markers(got)
    if len(mine) != 1 or len(theirs) != 1:
        return False
    causes, results = _sides(point, *mine[0])
    cause, result = {point.stems[i] for i in causes} - skip, {point.stems[i] for i in results} - skip
    cause, result = cause - result, result - cause
    said_cause, said_result = _sides(got, *theirs[0])
    causes_at = [j for j in said_cause + said_result if got.stems[j] in cause]
    return bool(causes_at) and all(j in said_result for j in causes_at) \
        and any(got.stems[j] in result for j in said_cause)
