"""Slips that are no slips: an answer's word taken for a typo of a wording's word when it is a word
of its own that the card itself uses ("congestion" for "connection" on a card that names "congestion
control")."""

from __future__ import annotations

from rapidfuzz.distance import Hamming

from ..matching import Prepared
from ..typos import plausible_typo
from .layout_slips import word_of_language

__all__ = ["typo_of_known"]


def typo_of_known(ref: Prepared, got: Prepared, positions: tuple[int, ...], known: frozenset[str]) -> bool:
    """Is a word of the answer that the card itself uses ("congestion", of "congestion control") taken
    for a slip of another word of this wording ("connection")? A word of the subject is no typo."""
    lang = got.lang
    for j in positions:
        st, word = got.stems[j], got.words[j]
        if st not in known or st in ref.stems or len(word) < 6:
            continue  # (a short word's slip may be a form of it: "денег" / "деньги")
        found = [(lang.word_match(a, b), a.startswith(b) or b.startswith(a))  # (a family of forms: no slip)
                 for a, b in (*((s, st) for s in ref.stems), *((w, word) for w in ref.words if len(w) >= 6))]
        if (1, False) in found and not any(m == 0 or m == 1 and family for m, family in found) \
                and not any(lang.related(w, word) for w in ref.words):
            return True
    return False


SHORT_SLIP = (3, 4)  # letters of a short word whose last letter may be dropped or doubled by a slip
SLIP_CONTEXT = 8  # letters of the other words, all given right, around such a slip


def mended_short_word(ref: Prepared, got: Prepared) -> str | None:
    """The answer with a short word mended, when it is no word of the wording but one of its words with
    the last letter left out or one added ("sinoatrial nod" for "sinoatrial node"), or one letter put for another a
    learner could have hit or heard (`typos.plausible_typo`) where the word typed is no word of the language
    ("chlorinated lyme": "lyme" is none, "line" is), among other words of some length: in a term, a slip. None when
    there is no such word, or several."""
    lang = got.lang
    short = [j for j in got.content() if SHORT_SLIP[0] <= len(got.words[j]) <= SHORT_SLIP[1]
             and got.words[j].isalpha() and got.words[j] not in ref.words]
    if not short:
        return None  # (no short word the wording does not have)
    theirs = [ref.words[i] for i in ref.content() if ref.words[i].isalpha()]
    stems = [ref.stems[i] for i in ref.content()]
    found = []
    for j in short:
        word = got.words[j]
        near = {w for w in theirs if w not in got.words and (w[:-1] == word or word[:-1] == w and len(w) >= 3)}
        if not near and len(word) == SHORT_SLIP[1] and not word_of_language(lang.code, word):
            near = {w for w in theirs if len(w) == len(word) and w not in got.words and w[0] == word[0]
                    and Hamming.distance(w, word) == 1 and plausible_typo(word, w, strict_vowels=lang.code == "ru")}
        if len(near) == 1 and not any(lang.word_match(s, got.stems[j]) >= 0 for s in stems):
            found.append((j, next(iter(near))))  # (a word the wording has in another form or spelling is none)
    if len(found) != 1 or sum(len(got.words[k]) for k in got.content() if k != found[0][0]) < SLIP_CONTEXT:
        return None
    j, mended = found[0]
    return " ".join(mended if k == j else w for k, w in enumerate(got.words))


# words of kinship: said of a person the answer names ("Barnard's brother"), they name another person
KIN = {"en": frozenset((
    "brother", "brothers", "sister", "sisters", "son", "sons", "daughter", "daughters", "wife", "husband", "widow",
    "widower", "father", "mother", "parents", "nephew", "niece", "cousin", "uncle", "aunt", "grandson",
    "granddaughter", "grandfather", "grandmother", "stepson", "stepdaughter", "stepfather", "stepmother", "heir",
    "successor", "predecessor", "rival", "assistant", "pupil", "student", "teacher", "servant")),
    # Russian: the word before the name, which stands in the genitive after it ("внук Ладогина", "жену Ладогина")
    "ru": frozenset((
        "внук", "внука", "внучка", "внучку", "сын", "сына", "дочь", "дочерью", "жена", "жену", "муж", "мужа", "вдова",
        "вдову", "брат", "брата", "сестра", "сестру", "отец", "отца", "мать", "дядя", "дядю", "тётя", "тетя", "тётю",
        "тетю", "племянник", "племянника", "племянница", "племянницу", "дед", "деда", "бабушка", "бабушку", "правнук",
        "правнука", "наследник", "наследника", "преемник", "преемника", "предшественник", "предшественника",
        "соперник", "соперника", "противник", "противника", "оппонент", "оппонента", "ученик", "ученика", "ученица",
        "ученицу", "учитель", "учителя", "помощник", "помощника", "ассистент", "ассистента", "слуга", "слугу"))}


def kin_named(ref: Prepared, got: Prepared, allowed: frozenset[str]) -> str:
    """A word of kinship (or of one person's relation to another) the answer says of the very name that
    makes the wording ("Barnard's brother Marius", "the son of Barnard" for "Barnard"), which no right
    wording nor the question uses: the answer names that other person; in Russian the word before the name ("внук
    Ладогина"). "" when it does not."""
    kin = KIN.get(got.lang.code)
    if not kin or kin.isdisjoint(got.words):
        return ""
    capitals = {ref.lang.stem(w) for w in ref.capitalised}  # (a name in another case: "Ивана" of "иван")
    names = {ref.stems[i] for i in ref.content() if ref.words[i] in ref.capitalised or ref.stems[i] in capitals}
    runs: list[list[int]] = []  # the runs of the name's words in the answer
    for p, st in enumerate(got.stems):
        if st in names:
            if runs and runs[-1][-1] == p - 1:
                runs[-1].append(p)
            else:
                runs.append([p])
    russian = got.lang.code == "ru"  # (a Russian name typed in lower case is read so: "внук ладогина")
    said = ""
    for run in runs:
        if not russian and not any(got.words[p] in got.capitalised for p in run):
            continue
        first, last = run[0], run[-1]
        word = next((got.words[k] for k in ((first - 1,) if russian else (
            last + 1, first - 2 if first >= 2 and got.words[first - 1] == "of" else -1))
            if 0 <= k < len(got.words) and got.words[k] in kin and got.stems[k] not in allowed), "")
        if russian and not word:
            return ""  # the name said on its own too ("Анна Веллер, дочь Веллеров")
        said = said or word
    return said
