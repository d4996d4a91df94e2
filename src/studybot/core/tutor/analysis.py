"""Question analysis: what a learner's question asks about and what kind of answer it wants.

A question becomes weighted `Unit`s: each canonical name it mentions, then each content
word (words that frame a question, such as "what" or "tell", are dropped), with
misspellings corrected against the pack's vocabulary and names. A unit's weight is the
rarity of its keys among the passages, raised for names and lowered for light words
(see `ranking.Weights`). `Wants` says which kind of answer the question requires: a
figure ("how many"), a date ("when"), a person ("who"), a reason ("why") and so on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from ..lexicon import LIGHT_WORDS, QUESTION_WORDS, STOP, SYNONYMS
from ..matching import Prepared, stem
from ..text import normalise
from .documents import (
    CAPITALISED,
    NAME_KEY,
    WORD,
    Library,
    content,
    in_synonym_group,
    join_prefixes,
    name_key,
    word_keys,
)

if TYPE_CHECKING:
    from .ranking import Weights

__all__ = ["Analyser", "Question", "Unit", "Wants", "inflection", "wants"]

MIN_CORRECTED = 5  # shorter words are never corrected
ONE_EDIT_UP_TO = 9  # words up to this long may be one edit away from the right one, longer ones two
SAME_FIRST_BELOW = 8  # below this length a correction keeps the first letter
NEAR_FORM_FROM = 6  # rare words of this many letters or more also match their frequent neighbours
RARE_UP_TO = 2  # a word seen at most this often in the passages is rare ...
FREQUENT_FROM = 3  # ... and one seen at least this often is frequent
CORRECTIONS_LOOKED_AT = 10  # candidates considered per word and vocabulary
NAME_COMPLETION = 60  # how close (fuzz.ratio) an unknown word after a name's first word must be to its second

# "want to buy" asks about buying: the verb before "to" frames the question.
_FRAMING_VERB = re.compile(r"\b(?:want|wants|wanted|wish|wished|need|needs|needed|try|tried|trying|plan|plans|planned|"
                           r"hope|hoped|supposed|going|able|likely|expected|meant)\s+to\b")
_TAKE_PLACE = re.compile(r"\b(?:take|takes|took|taken|taking) place\b")
_HOW_ADJECTIVE = re.compile(r"\bhow (?:many|much|large|big|long|fast|far|often|high|low|small|old|soon|quickly)\b")

_NUMBER_Q = re.compile(r"\bhow (?:many|much|large|big|long|fast|far|often)\b|\bwhat (?:percentage|share|proportion|"
                       r"amount|value|number|figure|sum)\b|\bby (?:how much|what)\b")
_DATE_Q = re.compile(r"\bwhen\b|\b(?:what|which) (?:date|year|day|month)\b|\bin what year\b")
_PERSON_Q = re.compile(r"^\W*(?:who|whom)\b")
_ENTITY_Q = re.compile(r"^\W*who\b|\bwhom\b|\bwhere\b|^\W*(?:which|in which|from which|with which) \w+")
_CHOICE_Q = re.compile(r"\w\s+or\s+\w")  # "Bolton or Hale": the answer is among the names given
_YES_NO_Q = re.compile(r"^\W*(?:does|do|did|is|are|was|were|can|could|has|have|had|will|would|should)\b")
_REASON_Q = re.compile(r"\bwhy\b|\bfor what reason\b|\bhow come\b")
_DEFINE_Q = re.compile(r"^\W*(?:who|what)(?:'s| is| was| are| were)\b|^\W*what does .+ mean\W*$|^\W*what about\b")
_LIST_Q = re.compile(r"\b(?:two|three|four|five|six|[2-6])\s+(?:main\s+|possible\s+|key\s+)?[a-z]+s\b"
                     r"|\bname the\b|\blist (?:the|all)\b")


@dataclass(frozen=True)
class Wants:
    """The kinds of answer a question asks for."""

    numeric: bool  # a figure: "how many", "what share"
    dated: bool  # a date: "when", "in what year"
    entity: bool  # a name: "who", "where", "which country" (not "X or Y?")
    person: bool  # a person: "who", "whom" (not "X or Y?")
    reason: bool  # "why", "how come"
    yes_no: bool  # "does", "is", "can" ...
    listing: bool  # "two reasons", "name the", "list the"
    define: bool  # "what is X", "who was X", or a bare term


@dataclass(frozen=True)
class Unit:
    """One thing a question asks about: a name or a content word, with its keys."""

    text: str
    strong: frozenset[str]  # full credit
    weak: frozenset[str]  # partial credit
    weight: float
    name: bool


@dataclass(frozen=True)
class Question:
    """A question reduced to what retrieval needs."""

    text: str  # normalised
    units: tuple[Unit, ...]
    total: float  # sum of the unit weights
    keys: frozenset[str]  # strong keys of all units
    names: frozenset[str]  # name keys asked about
    wants: Wants


def wants(text: str, units: list[Unit]) -> Wants:
    """The kind of answer a question (normalised text and its units) asks for."""
    bare = bool(units) and len(units) <= 2 and not any(w in QUESTION_WORDS for w in WORD.findall(text))
    choice = bool(_CHOICE_Q.search(text))
    return Wants(
        numeric=bool(_NUMBER_Q.search(text)),
        dated=bool(_DATE_Q.search(text)),
        entity=bool(_ENTITY_Q.search(text)) and not choice,
        person=bool(_PERSON_Q.search(text)) and not choice,
        reason=bool(_REASON_Q.search(text)),
        yes_no=bool(_YES_NO_Q.search(text)),
        listing=bool(_LIST_Q.search(text)),
        define=bare or bool(_DEFINE_Q.search(text)),
    )


def inflection(word: str) -> str:
    """The verb ending of a word ("ed", "ing" or ""): a correction keeps it ("relied" is not "relief")."""
    return "ed" if word.endswith("ed") else "ing" if word.endswith("ing") else ""


def _edits_allowed(word: str) -> int:
    return 1 if len(word) <= ONE_EDIT_UP_TO else 2


class Analyser:
    """Turns questions into `Question`s against one `Library`."""

    def __init__(self, library: Library, weights: Weights):
        self.library = library
        self.weights = weights
        lexicon = set(QUESTION_WORDS) | LIGHT_WORDS | {w for group in SYNONYMS for w in group.entries}
        self.vocab_list = sorted(set(library.vocab) | lexicon)
        self.name_list = sorted(w for w in library.names if w.isalpha())
        self.idf_unknown = library.rarest

    def question(self, raw: str, text: str) -> Question | None:
        """The question (as typed, and normalised) as weighted units, or None when nothing
        in it can be looked up."""
        capitalised: set[str] = set()
        for m in CAPITALISED.finditer(raw):
            token = m.group(1)
            if m.start() > 0 or (token.isupper() and len(token) >= 2):
                capitalised.update(WORD.findall(normalise(token)))
        asked = join_prefixes(text)
        asked = _TAKE_PLACE.sub("happened", _FRAMING_VERB.sub("to", _HOW_ADJECTIVE.sub("how", asked)))
        prepared = self._spelt(Prepared.of(asked, self.library.aliases), capitalised)
        units = self._weigh(prepared, capitalised)
        if not units:
            return None
        keys = frozenset(k for u in units for k in u.strong)
        names = frozenset(k for k in keys if k.startswith(NAME_KEY))
        wanted = wants(text, units)
        if names & self.library.persons:  # "who is Zas?" asks what Zas is, not for another name
            wanted = replace(wanted, person=False, entity=False)
        return Question(text, tuple(units), sum(u.weight for u in units) or 1.0, keys, names, wanted)

    # -------------------------------------------------------------- spelling

    def _known(self, word: str) -> bool:
        lib = self.library
        return (not word.isalpha() or word in lib.vocab or stem(word) in lib.df or word in STOP
                or word in QUESTION_WORDS or word in LIGHT_WORDS or in_synonym_group(word)
                or in_synonym_group(stem(word)))

    def _correct(self, word: str, name_only: bool) -> str:
        """The closest vocabulary word to a misspelt one (names preferred), or the word itself.

        Words of 5-9 letters may be one edit away, longer ones two; below 8 letters the
        first letter must agree. A capitalised word is only corrected to a name.
        """
        if len(word) < MIN_CORRECTED or not word.isalpha():
            return word
        best: tuple[float, int, int, float, int, str] | None = None
        pools = (self.name_list,) if name_only else (self.name_list, self.vocab_list)
        for rank, pool in enumerate(pools):
            for form_rank, form in enumerate(dict.fromkeys((word, stem(word)))):
                if len(form) < MIN_CORRECTED:
                    continue
                for cand, dist, _ in process.extract(form, pool, scorer=OSA.distance, score_cutoff=_edits_allowed(form),
                                                     limit=CORRECTIONS_LOOKED_AT):
                    if (cand[0] != word[0] and len(word) < SAME_FIRST_BELOW) or inflection(form) != inflection(cand):
                        continue
                    key = (dist, form_rank, rank, -fuzz.ratio(form, cand), -self.library.vocab.get(cand, 0), cand)
                    if best is None or key < best:
                        best = key
        return best[-1] if best else word

    def _near_forms(self, word: str) -> set[str]:
        """Stems of more frequent words one edit from a rare one (the article's own typos)."""
        vocab = self.library.vocab
        if len(word) < NEAR_FORM_FROM or not word.isalpha() or not 1 <= vocab.get(word, 0) <= RARE_UP_TO:
            return set()
        found = process.extract(word, self.vocab_list, scorer=OSA.distance, score_cutoff=1, limit=5)
        return {stem(c) for c, _, _ in found if c != word and c[0] == word[0] and vocab.get(c, 0) >= FREQUENT_FROM}

    def _spelt(self, prepared: Prepared, capitalised: set[str]) -> Prepared:
        """The question with misspelt words corrected and names begun finished."""
        words = list(prepared.words)
        changed = False
        for i, w in enumerate(words):
            if not self._known(w):
                fixed = self._correct(w, name_only=w in capitalised)
                if fixed != w:
                    words[i], changed = fixed, True
        for i in range(len(words) - 1):  # "Jenifer Mor" -> "Jenifer Moore"
            nxt = words[i + 1]
            if self._known(nxt):
                continue
            for seq in self.library.sequences:
                if seq[0] == words[i] and nxt[:1] == seq[1][:1] and fuzz.ratio(nxt, seq[1]) >= NAME_COMPLETION:
                    words[i + 1], changed = seq[1], True
                    break
        return Prepared.of(" ".join(words), self.library.aliases) if changed else prepared

    # -------------------------------------------------------------- units

    def _weigh(self, prepared: Prepared, capitalised: set[str]) -> list[Unit]:
        """Units to look up: each canonical name, then each content word, weighted by rarity
        (names count more, light words less; an unknown word weighs as the rarest, an
        unknown capitalised word, a name the pack does not know, twice that)."""
        w8 = self.weights
        words = prepared.words
        units: list[Unit] = []
        taken: set[int] = set()
        for start, end, seq in self.library.find_names(words):
            key = name_key(seq)
            taken.update(range(start, end))
            units.append(Unit(" ".join(seq), frozenset((key,)), frozenset(), self.library.idf(key) * w8.name, True))
        seen = {u.text for u in units}
        for i in content(prepared):
            w = words[i]
            if i in taken or w in QUESTION_WORDS or w in seen or (len(w) <= 2 and w.isalpha()):
                continue
            seen.add(w)
            unit = self._word_unit(w, prepared.stems[i], w in capitalised)
            if unit is not None:
                units.append(unit)
        return units[:w8.max_units]

    def _word_unit(self, w: str, st: str, capitalised: bool) -> Unit | None:
        """The unit of one content word of a question (None: a short word the pack does not know)."""
        w8 = self.weights
        strong, weak = word_keys(w, st)
        present = [k for k in strong if k in self.library.df]
        if present:
            strong |= self._near_forms(w)
            name = capitalised or w in self.library.names
            weight = max(self.library.idf(k) for k in present) * (w8.light if w in LIGHT_WORDS else 1.0)
            return Unit(w, frozenset(strong), frozenset(weak), weight * (w8.name if name else 1.0), name)
        if capitalised:  # a name the pack does not know
            return Unit(w, frozenset(strong), frozenset(), self.idf_unknown * w8.unknown_name, True)
        if len(w) >= 4 or not w.isalpha():
            framing = w.endswith(("ed", "ing", "ly"))  # inflected verbs and adverbs frame more than they name
            return Unit(w, frozenset(strong), frozenset(weak), self.idf_unknown * (w8.framing if framing else 1.0),
                        False)
        return None
