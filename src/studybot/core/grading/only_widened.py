"""A point that limits a thing to one ("it infected only humans", "ели только дубы") is not made by an answer that
joins another thing to it in the same role ("it infected animals as well as humans", "humans and cattle", "и дубы,
и берёзы"): the answer says the very thing the "only" denies. The answer's own "only" ("only humans") keeps it, and
another thing said in another role ("humans, while animals carried fleas") is no such claim: only the two joined by
a word that adds one to the other, nothing but function words between. A rule of the language, no word of a text."""

from __future__ import annotations

from ..matching import Prepared

__all__ = ["only_widened"]

# the words that limit what follows to itself ("only", "solely"; "только", "лишь") or what precedes ("alone")
_LIMITING = {"en": frozenset("only solely exclusively".split()), "ru": frozenset("только лишь исключительно".split())}
_AFTER = {"en": frozenset({"alone"}), "ru": frozenset()}
# words and phrases that add one thing to another in the same role ("and", "as well as", "besides"; "и", "а также")
_ADDING = {"en": frozenset("and plus also besides both too".split()), "ru": frozenset("и также кроме помимо".split())}
_ADDING_PHRASES = {"en": ("as well as", "along with", "together with", "in addition to"), "ru": ("как и",)}

_PHRASE_WORDS = {code: frozenset(" ".join(phrases).split()) for code, phrases in _ADDING_PHRASES.items()}


def _adds(gap: list[str], code: str) -> bool:
    """Do the function words between two things add one to the other?"""
    text = f" {' '.join(gap)} "
    return not _ADDING.get(code, frozenset()).isdisjoint(gap) \
        or any(f" {phrase} " in text for phrase in _ADDING_PHRASES.get(code, ()))


def _limited(ref: Prepared) -> set[int]:
    """The positions of the content words an "only" of `ref` limits: the first after it (or before "alone")."""
    code = ref.lang.code
    limiting, after = _LIMITING.get(code, frozenset()), _AFTER.get(code, frozenset())
    content = ref.content()
    found = set()
    for i, word in enumerate(ref.words):
        if word in limiting:
            nxt = [j for j in content if j > i and ref.clauses[j] == ref.clauses[i]]
            found.update(nxt[:1])
        elif word in after:
            before = [j for j in content if j < i and ref.clauses[j] == ref.clauses[i]]
            found.update(before[-1:])
    return found


def _joined(got: Prepared, at: int, step: int, own: set[str], made: tuple[int, ...]) -> bool:
    """From the answer's word at `at`, going by `step`, is another content word (a stem not in `own`) reached across
    function words only, one of which adds it? An "and" that opens a clause may stand between them when the other
    word still shares the role: as all its clause says ("cattle | and horses", not "cattle | and horses died"), or,
    before, in the clause of the words that made the point ("infected horses | and cattle")."""
    lex = got.lang.lex
    content = got.content()
    gap: list[str] = []
    j = at + step
    while 0 <= j < len(got.words) and len({got.clauses[k] for k in range(min(at, j), max(at, j) + 1)}) <= 2:
        word = got.words[j]
        if word in lex.negators or word in _LIMITING.get(got.lang.code, frozenset()):
            return False
        if word in lex.stop and j not in content or word in _PHRASE_WORDS.get(got.lang.code, frozenset()):
            gap.append(word)
        else:
            if not _adds(gap[::step], got.lang.code) or got.stems[j] in own or not word.isalpha():
                return False
            if got.clauses[j] == got.clauses[at]:
                return True
            return [k for k in content if got.clauses[k] == got.clauses[j]] == [j] \
                or step < 0 and any(got.clauses[k] == got.clauses[j] for k in made)
        j += step
    return False


def only_widened(ref: Prepared, got: Prepared, at: tuple[int, ...]) -> bool:
    """Does the answer, at the words `at` that made a wording with "only", join another thing to the one the "only"
    limits, and say no "only" of its own there?"""
    limited = _limited(ref)
    if not limited or not at:
        return False
    own = {ref.stems[i] for i in ref.content()}
    wanted = {ref.stems[i] for i in limited}
    mine = [j for j in at if got.stems[j] in wanted]
    limiting = _LIMITING.get(got.lang.code, frozenset()) | _AFTER.get(got.lang.code, frozenset())
    if any(got.words[k] in limiting for k in range(max(min(at) - 2, 0), min(max(at) + 3, len(got.words)))):
        return False  # the answer limits it too ("ate only oaks", "oaks alone")
    return any(_joined(got, j, -1, own, at) or _joined(got, j, 1, own, at) for j in mine)
