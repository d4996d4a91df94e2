"""Terms a question sets against each other ("с жёлтыми и с зелёными семенами", "pH раствора соляной кислоты ...
pH раствора уксусной кислоты", "silicon or germanium"): the prompt's words are not asked of an answer, so a wording
of a point that names one of them ("жёлтый доминирует") is met by its other words alone; an answer that gives the
point to the rival term instead ("зелёный доминирует над жёлтым", "жёлтый рецессивный" for "зелёный рецессивный")
has not made it. A rival is read only in the role the point gives its own term (the subject, or the same
preposition or case): "доминирует над зелёным" keeps the roles. When a role cannot be read, no fail."""

from __future__ import annotations

from ..matching import Prepared
from .parties import slot

__all__ = ["RU_NOMINATIVE", "asked_rivals", "given_to_rival"]

# words that set two terms side by side in a question: "A и B", "A или B", "A, а не B", "A or B", "A than B" (an
# English "and" joins clauses as often as terms, and English words show no case to tell a noun from a verb: not read)
_COORDINATORS: dict[str, frozenset[str]] = {
    "ru": frozenset("и или либо а чем против".split()),
    "en": frozenset("or than versus vs".split()),
}
# Russian adjective endings of the nominative ("жёлтый", "зелёная", "сильные"): the subject's case when its
# ending says nothing else ("-ой" is also an oblique case: not read)
RU_NOMINATIVE = ("ый", "ий", "ая", "яя", "ое", "ее", "ые", "ие")
_RU_NO_ROLE = frozenset("что ведь как это".split())  # words before a subject that give it no other role
Rivals = dict[str, frozenset[str]]


_SOFT = str.maketrans("ыяюёе", "иауоо")  # the soft and hard forms of one ending ("син-юю", "красн-ую")


def _tail(text: Prepared, i: int) -> str:
    """What follows a word's stem, in one spelling of its soft and hard forms ("гладк-ими", "морщинист-ыми")."""
    return text.words[i][len(text.stems[i]):].translate(_SOFT) if text.words[i].startswith(text.stems[i]) else "?"


def _one_form(prompt: Prepared, i: int, j: int) -> bool:
    """Are two words in one form: one ending, or each after the same function word ("из меди или из алюминия")?"""
    if _tail(prompt, i) == _tail(prompt, j):
        return True
    return i > 0 and prompt.words[i - 1] == prompt.words[j - 1] and i - 1 not in prompt.content()


def asked_rivals(prompt: Prepared) -> Rivals:
    """The question's terms, each with those it sets against it: two content words in one form (the same ending
    after the stem, or the same function word before each), joined by a coordinator with only function words
    between ("с жёлтыми и с зелёными", "из меди или из алюминия"), or each before the same word ("соляной кислоты
    ... уксусной кислоты", "dark moths ... pale moths")."""
    joins = _COORDINATORS.get(prompt.lang.code, frozenset())
    content = prompt.content()
    places = set(content)
    out: dict[str, set[str]] = {}
    for a, i in enumerate(content):
        for j in content[a + 1:]:
            x, y = prompt.stems[i], prompt.stems[j]
            if x == y or len(x) < 3 or len(y) < 3 or not prompt.words[i].isalpha() or not prompt.words[j].isalpha():
                continue
            between = prompt.words[i + 1:j]
            joined = j - i > 1 and not any(k in places for k in range(i + 1, j)) and not joins.isdisjoint(between) \
                and _one_form(prompt, i, j)
            parallel = j + 1 < len(prompt.words) and i + 2 < j and j + 1 in places \
                and prompt.stems[i + 1] == prompt.stems[j + 1] not in (x, y)
            if joined or parallel:
                out.setdefault(x, set()).add(y)
                out.setdefault(y, set()).add(x)
    return {k: frozenset(v) for k, v in out.items()}


def _role(text: Prepared, i: int) -> str | None:
    """The role a word's place or form marks (`parties.slot`); a Russian adjective in the nominative is the
    subject's ("=nom")."""
    role = slot(text, i)
    if role is None and text.lang.code == "ru" and text.words[i].endswith(RU_NOMINATIVE):
        k = i - 1
        while k >= 0 and text.clauses[k] == text.clauses[i] and k not in text.content():
            if text.words[k] not in _RU_NO_ROLE:
                return None  # a preposition or another word of a role before it ("на жёлтый")
            k -= 1
        return "=nom"
    return role


def _meet(want: str, role: str | None) -> bool:
    if role is None:
        return False
    if want.startswith("=") and role.startswith("="):
        return not set(want[1:].split()).isdisjoint(role[1:].split())
    return want == role


def given_to_rival(ref: Prepared, got: Prepared, positions: tuple[int, ...], rivals: Rivals,
                   point: Prepared | None = None) -> bool:
    """Does the answer, in the clauses where it makes a wording `ref`, give the role of a term of the question the
    wording names to a rival term, and not to that term ("зелёный доминирует над жёлтым" for "жёлтый
    доминирует"; "жёлтый рецессивный" for "зелёный рецессивный")? Or, for a shorter wording that names no term of
    the question, of a `point` that names one, say it of the rival of that term there, and not of the term ("у
    зелёных кожура гладкая" made by "гладкая кожура", accepted for "кожура жёлтых плодов гладкая")?"""
    if not rivals or not positions:
        return False
    clauses = {got.clauses[p] for p in positions}
    here = [j for j in got.content() if got.clauses[j] in clauses]
    if point is not None and point.text != ref.text and _said_of_rival(ref, point, got, here, rivals):
        return True
    for i in ref.content():
        ys = rivals.get(ref.stems[i])
        if not ys:
            continue
        theirs = [j for j in here if got.stems[j] in ys]
        if not theirs or _joined_with_rival(got, ref.stems[i], ys):
            continue  # (named beside its rival, as the question names them: "A и B тонус" says it of both)
        want = _role(ref, i)
        mine = [j for j in here if got.stems[j] == ref.stems[i]]
        if not mine:  # the rival alone, unless in a role other than the term's ("доминирует над зелёным")
            if want is None or any(_role(got, j) is None or _meet(want, _role(got, j)) for j in theirs):
                return True
            continue
        if want is not None and any(_meet(want, _role(got, j)) for j in theirs) \
                and not any(_meet(want, _role(got, j)) for j in mine):
            return True  # both named, the rival in the term's role ("зелёный доминирует над жёлтым")
    return False


def _joined_with_rival(got: Prepared, term: str, rivals: frozenset[str]) -> bool:
    """Does the answer name the term and a rival joined by a coordinator, only function words between, or their
    noun said after each ("мышечный и нервный тонус", "мышечный тонус и нервный тонус дополняют друг друга": a
    claim of both, though "и" may cut the clause between them)?"""
    joins, content, stems = _COORDINATORS.get(got.lang.code, frozenset()), set(got.content()), got.stems
    mine = [j for j, st in enumerate(stems) if st == term]
    theirs = [j for j, st in enumerate(stems) if st in rivals]
    return any(not joins.isdisjoint(got.words[a + 1:b])
               and all(k not in content or b + 1 < len(stems) and stems[k] == stems[b + 1] for k in range(a + 1, b))
               for m in mine for t in theirs for a, b in [sorted((m, t))] if b - a > 1)


def _said_of_rival(ref: Prepared, point: Prepared, got: Prepared, here: list[int], rivals: Rivals) -> bool:
    """Does a wording that names no term of the question say, where the answer makes it (`here`), the point of one
    term of the question (the one the point names, of none of its rivals) of a rival, with the term not named there?"""
    if any(st in rivals for st in ref.stems):
        return False
    named = {point.stems[i] for i in point.content() if point.stems[i] in rivals}
    if len(named) != 1:
        return False
    term = next(iter(named))
    said = {got.stems[j] for j in here}
    return term not in said and not said.isdisjoint(rivals[term])
