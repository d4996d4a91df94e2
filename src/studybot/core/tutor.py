"""The tutor: answers the learner's own questions from the pack, or says it cannot.

`Tutor(pack).ask(question)` returns a `Reply`:

- ``kind="answer"``: one to three sentences taken from the pack (section notes, card
  explanations, card prompts with their answers, and the source text when the pack
  ships one), the section they come from, and up to three cards to practise;
- ``kind="decline"``: the article does not cover the question; `nearest` names the
  closest sections it does cover;
- ``kind="intent"``: a request for the app to act on ("quiz me on trade", "hint",
  "why?", "what's due?"); the tutor only recognises it (see `match_intent`).

Retrieval (DESIGN §6): each document is prepared like a graded answer (pack aliases,
stems; see `matching`) and reduced to match keys: stems, synonym groups, direction,
six-letter roots and canonical names. The keys go into `store.SearchIndex` (FTS5,
bm25). A question becomes weighted units (names and content words, misspellings
corrected against the index vocabulary); bm25 proposes candidates, which are rescored
by the weighted share of the question they cover plus small answer-type cues. The
tutor declines when no passage covers `ANSWER_COVERAGE` of the question (and
`RELATION_COVERAGE` of what it asks about its names), or none gives the kind of answer
required (a figure for "how many", a date for "when", a person for "who").
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from .matching import DOWN, STOP, UP, Aliases, Prepared, stem, synonym_group
from .packs import Card, Pack
from .search import SearchIndex
from .text import clean, normalise

__all__ = ["ANSWER_COVERAGE", "DECLINE_TEXT", "Reply", "Tutor", "match_intent"]

DECLINE_TEXT = "The article does not cover that."
ASK_TEXT = "Ask me something about the article."
MAX_QUESTION = 600  # characters of a question that are read
MAX_UNITS = 24
ANSWER_COVERAGE = 0.62  # weighted share of the question the best passage must cover
RELATION_COVERAGE = 0.3  # ... and of its words other than names (what is asked about them)
CANDIDATES = 40

# Words that frame a question rather than say what it is about: dropped.
QUESTION_WORDS = frozenset(
    "what which who whom whose when where why how whats tell please explain describe know give show happen "
    "happened happens happening mean means meant think you your i me my we our ok okay exactly actually "
    "anything something thing things kind sort type get got did does do was were is are been "
    "against among within through across upon onto via per until till whether if unless regarding concerning "
    "during after before since though although yet".split()
)
# Words that carry little of a question's meaning: counted at LIGHT weight.
LIGHT_WORDS = frozenset(
    "number time times way part main worth article author text analysis writer consider considers considered "
    "see sees view views believe believes argue argues suggest suggests expect expects say says claim claims "
    "according".split()
)
LIGHT = 0.3
# "want to buy" asks about buying: the verb before "to" frames the question.
_FRAMING_VERB = re.compile(r"\b(?:want|wants|wanted|wish|wished|need|needs|needed|try|tried|trying|plan|plans|planned|"
                           r"hope|hoped|supposed|going|able|likely|expected|meant)\s+to\b")
_TAKE_PLACE = re.compile(r"\b(?:take|takes|took|taken|taking) place\b")
_HOW_ADJECTIVE = re.compile(r"\bhow (?:many|much|large|big|long|fast|far|often|high|low|small|old|soon|quickly)\b")

# Paraphrases learners use for the pack's wording (stems are taken at start-up);
# `matching` adds its own generic groups (remove/lift, limit/cap, support/back, ...).
SYNONYMS = [
    ("fell fall falls falling fallen drop dropped declined decline decrease decreased down lower shrank reduce "
     "reduced contracted slump"),
    ("rose rise rising risen grew grow growing grown growth increase increased increasing climbed gain gained "
     "jumped up higher"),
    "sanctions restrictions penalties embargo",
    "export exports exported sell sells sold sale sales",
    "import imports imported buy buys bought purchase purchased procure",
    "visit visited trip trips travel travelled traveled",
    "arrive arrived came come comes",
    "job post position role office",
    "worth value total amount",
    "company companies enterprise enterprises firm firms",
    "soldier soldiers troop troops",
    "phone telephone call",
    "talk talked speak spoke spoken told conversation discussed discuss",
    "problem problems obstacle obstacles difficulty trouble",
    "want wanted wants wish desire hope hoped hopes seek sought",
    "magazine journal publication",
    "author wrote write writer written",
    "protest protested object objected",
    "calm calmed ease eased lessen lessened",
    "outlook future prospects foreseeable",
    "chance chances possibility likelihood probability",
    "react reacted reaction respond responded response",
    "election elections vote voting poll polls",
    "big large huge",
    "agreement agreements deal treaty accord",
    "meet met meeting",
    "hire hired employ employed",
    "leave leaving withdraw withdrawal exit quit",
    "tough tougher tighten tightening harsher stricter",
    "head chief leader",
    "percentage percent",
    "share shared common mutual joint",
    "beyond further",
    "gap distance",
]

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
_REASON_WORDS = frozenset("because since therefore reason result so".split())
_TIME_WORDS = frozenset("january february march april may june july august september october november december "
                        "spring summer autumn winter early day days week weeks month months year years decade "
                        "decades century ago later".split())
_ROLE_WORDS = frozenset("president minister ambassador secretary advisor adviser chief editor deputy head "
                        "chairman official".split())
_NEG_PREFIX = re.compile(r"^(?:un|dis|non|mis)(?=[a-z]{5})")
_JOINED_PREFIX = re.compile(r"\b(co|non|anti|pre|ex|self|re)-(?=[a-z])", re.IGNORECASE)  # co-wrote -> cowrote
_DEFINING_CUE = re.compile(r"\s*(?::|\(|,\s+(?:the|a|an|who|which)\b|\s+(?:is|was|are|were)\s+(?:the|a|an|one)\b)")
_QUOTED = re.compile(r"[\"“]([^\"”]{3,200})[\"”]")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
# a cardinal as written ("second" becomes "2" when prepared, but is no figure)
_CARDINAL = re.compile(r"(?<![\w.])(?!(?:19|20)\d\d\b)\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|"
                       r"twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|"
                       r"hundred|thousand|million|billion|trillion|half|quarter|dozen|thirds?|fifths?)\b",
                       re.IGNORECASE)
_SENTENCE = re.compile(r"(?<!\b[A-Z]\.)(?<!\bMr\.)(?<!\bDr\.)(?<!\bSt\.)(?<=[.!?])\s+(?=[A-Z\"'“‘(])")
_CAPITALISED = re.compile(r"(?<![\w'’])([A-Z][\w'’-]*)")
_WORD = re.compile(r"[a-z0-9]+(?:\.[0-9]+)?")


@dataclass(frozen=True)
class Reply:
    """The tutor's answer to one question. All text is plain (no markup) and sanitised."""

    kind: str  # "answer" | "decline" | "intent"
    text: str  # what the learner reads; answers end with "(from: <section title>)"
    section_id: str | None = None
    section_title: str | None = None
    cards: tuple[str, ...] = ()  # answers: up to three card ids to practise
    score: float = 0.0
    nearest: tuple[str, ...] = ()  # declines: titles of the closest sections the article covers
    intent: str | None = None  # intents: "quiz" | "hint" | "explain" | "due"
    target: str | None = None  # quiz: a section id or a tag (None: the whole pack)
    target_kind: str | None = None  # quiz: "section" | "tag"
    sentences: tuple[str, ...] = ()  # answers: the extracted passages, without the citation


@dataclass(frozen=True)
class _Doc:
    id: int
    kind: str  # "note" | "explanation" | "card" | "source"
    text: str
    section_id: str | None
    card_id: str | None
    order: int  # position among the section's notes (notes only)
    keys: frozenset[str]
    title_keys: frozenset[str]  # keys only found in quoted titles of works: partial credit
    heads: frozenset[str]  # keys of what the passage defines ("X, the ...", "X is a ...", "President X")
    names: frozenset[str]
    persons: frozenset[str]  # names of people (see Tutor._people)
    prompt: tuple[frozenset[str], ...]  # card passages: the keys of each content word of the prompt
    size: int  # content words
    numeric: bool
    dated: bool
    reason: bool
    listing: bool


@dataclass(frozen=True)
class _Unit:
    text: str
    strong: frozenset[str]  # full credit
    weak: frozenset[str]  # partial credit
    weight: float
    name: bool


@dataclass(frozen=True)
class _Question:
    """A question reduced to what retrieval needs."""

    text: str  # normalised
    units: tuple[_Unit, ...]
    total: float  # sum of the unit weights
    keys: frozenset[str]  # strong keys of all units
    names: frozenset[str]  # name keys asked about
    wants: dict[str, bool]  # kinds of answer asked for (see _wants)


@dataclass(frozen=True)
class _Scored:
    score: float
    coverage: float
    doc: _Doc


# ------------------------------------------------------------------ keys


def _synonym_groups() -> dict[str, int]:
    groups: dict[str, int] = {}
    for i, line in enumerate(SYNONYMS):
        for word in line.split():
            groups.setdefault(stem(word), i)
            groups.setdefault(word, i)
    return groups


_TUTOR_GROUP = _synonym_groups()


@lru_cache(maxsize=1 << 16)
def _all_keys(word: str, st: str) -> frozenset[str]:
    """Strong and weak keys of a word together (what a passage offers)."""
    strong, weak = _word_keys(word, st)
    return frozenset(strong | weak)


def _heads(prepared: Prepared, name_at: dict[int, str]) -> set[str]:
    """Keys of what a passage defines: the words (or the name) just before a defining cue
    such as ", the", ":", "(" or "is a" ("Zas was the state secretary ...")."""
    heads: set[str] = set()
    tokens = list(_WORD.finditer(prepared.text))
    for cue in _DEFINING_CUE.finditer(prepared.text):
        before = [i for i, t in enumerate(tokens) if t.end() <= cue.start()]
        if before:
            if before[-1] in name_at:
                heads.add(name_at[before[-1]])
            heads.update(stem(tokens[i].group()) for i in before[-2:])
    return heads


def _word_keys(word: str, st: str) -> tuple[set[str], set[str]]:
    """Strong keys (stem, synonym groups) and weak keys (direction, root, positive form) of a word."""
    strong = {st}
    gid = synonym_group(st)
    if gid is not None:
        strong.add(f"zg{gid}")
    tid = _TUTOR_GROUP.get(st, _TUTOR_GROUP.get(word))
    if tid is not None:
        strong.add(f"zt{tid}")
    weak = set()
    if word in UP:
        weak.add("zdirup")
    elif word in DOWN:
        weak.add("zdirdown")
    if len(st) >= 7 and st.isalpha():
        weak.add("zr" + st[:6])
    base = _NEG_PREFIX.sub("", word)
    if base != word:  # "distrusts" answers "trust?", "unreformed" answers "reformed?"
        weak.add(stem(base))
    return strong, weak


def _inflection(word: str) -> str:
    """The verb ending of a word ("ed", "ing" or ""): a correction keeps it ("relied" is not "relief")."""
    return "ed" if word.endswith("ed") else "ing" if word.endswith("ing") else ""


_BARE_NEGATORS = frozenset("not no never none nothing neither nor cannot nobody nowhere".split())


def _content(prepared: Prepared) -> list[int]:
    """Positions of content words. Unlike the grader, "unwilling", "unable", "few" or
    "without" count: they are what a question may be about."""
    return [i for i, w in enumerate(prepared.words) if w not in STOP and w not in _BARE_NEGATORS]


def _name_key(seq: tuple[str, ...]) -> str:
    return "zn" + "".join(seq)


def _sentences(text: str) -> list[str]:
    out = []
    for line in text.splitlines():
        out.extend(s.strip() for s in _SENTENCE.split(line) if s.strip())
    return out


def _card_text(card: Card) -> str:
    """A card as one readable passage: a cloze with its blanks filled, else prompt and answer."""
    if card.kind == "cloze" and card.text:
        return re.sub(r"\{\{(.*?)\}\}", lambda m: m.group(1).split("|")[0], card.text)
    return f"{card.prompt.strip()} {_end(card.answer.strip())}"


def _end(sentence: str) -> str:
    sentence = sentence.strip()
    return sentence if sentence[-1:] in ".!?\"'”’)" else sentence + "."


# ------------------------------------------------------------------ the tutor


class Tutor:
    """Answers questions about one pack. Build once (it indexes the pack), then `ask`.

    `ask` is safe to call from a worker thread; building is not thread-safe.
    """

    def __init__(self, pack: Pack):
        self.pack = pack
        self.aliases = Aliases(pack.aliases)
        self.sections = {s.id: s for s in pack.sections}
        self._by_first: dict[str, list[tuple[str, ...]]] = {
            first: sorted(seqs, key=len, reverse=True) for first, seqs in self.aliases.canon_by_first.items()}
        self._name_groups = self._alias_groups()
        self.vocab: Counter[str] = Counter()  # words of the documents, after aliases
        self.names: set[str] = set()  # words of names: aliases and capitalised words of the pack
        for canon, variants in pack.aliases.items():  # as written (not the generated demonym forms)
            for name in (canon, *variants):
                self.names.update(w for w in _WORD.findall(normalise(name)) if len(w) >= 3 and w not in STOP)
        self._persons = self._people()
        self._sequences = [seq for key in self.aliases.pairs for seq in [tuple(_WORD.findall(key))]
                           if len(seq) >= 2 and seq[0] not in STOP and len(seq[0]) >= 3]
        self.docs: list[_Doc] = [self._make_doc(i, *spec) for i, spec in enumerate(self._documents())]
        self.df: Counter[str] = Counter()
        for doc in self.docs:
            self.df.update(doc.keys)
        self._card_keys: dict[str, set[str]] = {}
        for doc in self.docs:
            if doc.card_id:
                self._card_keys.setdefault(doc.card_id, set()).update(doc.keys)
        lexicon = set(QUESTION_WORDS) | LIGHT_WORDS | {w for line in SYNONYMS for w in line.split()}
        self._vocab_list = sorted(set(self.vocab) | lexicon)
        self._name_list = sorted(w for w in self.names if w.isalpha())
        self._idf_unknown = math.log((len(self.docs) + 1) / 0.5)
        self.index = SearchIndex(("keys",))
        self.index.build((doc.id, (" ".join(sorted(doc.keys | doc.title_keys)),)) for doc in self.docs)

    # -------------------------------------------------------------- building

    def _alias_groups(self) -> dict[str, set[str]]:
        """Synonym keys of a canonical name's one-word variants ("Anschluss" ~ "annexation")."""
        out: dict[str, set[str]] = {}
        for variant, canon in self.aliases.pairs.items():
            if variant != canon and variant.isalpha():
                strong, _ = _word_keys(variant, stem(variant))
                out.setdefault(canon, set()).update(k for k in strong if k.startswith("z"))
        return out

    def _people(self) -> set[str]:
        """Name keys of the aliases that look like people: two to four capitalised words, none
        of them used in lower case in the pack, or a variant written with an initial ("J. Bolton")."""
        texts = [s.notes for s in self.pack.sections]
        texts += [t for c in self.pack.cards for t in (c.prompt, c.answer, c.explanation)]
        lower = {w for t in texts for w in re.findall(r"(?<![\w'’])[a-z]+", t)}
        people = set()
        for canon, variants in self.pack.aliases.items():
            parts = canon.split()
            if not 2 <= len(parts) <= 4 or not all(p[:1].isupper() and p.isalpha() for p in parts):
                continue
            initial = any(re.match(r"^[A-Z]\.\s", v) for v in variants)
            if initial or not any(p.casefold() in lower for p in parts):
                people.add(_name_key(tuple(_WORD.findall(normalise(canon)))))
        return people

    def _documents(self):
        """(kind, text, section id, card id, order) of every passage to index."""
        source = self.pack.source
        if source.title and source.author:
            year = f" ({source.year})" if source.year else ""
            yield "source", f'The article "{source.title}" was written by {source.author}{year}.', None, None, 0
        for section in self.pack.sections:
            for order, sentence in enumerate(_sentences(section.notes)):
                yield "note", sentence, section.id, None, order
        for card in self.pack.cards:
            if card.explanation.strip():
                yield "explanation", card.explanation.strip(), card.section, card.id, 0
            yield "card", _card_text(card), card.section, card.id, 0
        try:
            text = self.pack.source_text()
        except Exception:  # noqa: BLE001 - an unreadable source text only means fewer passages
            text = None
        for sentence in _sentences((text or "")[:2_000_000]):
            if len(sentence.split()) >= 4:
                yield "source", sentence, None, None, 0

    def _find_names(self, words: list[str]) -> list[tuple[int, int, tuple[str, ...]]]:
        """(start, end, name words) of each canonical name in `words`, longest first."""
        found = []
        i = 0
        while i < len(words):
            for seq in self._by_first.get(words[i], ()):
                if tuple(words[i:i + len(seq)]) == seq:
                    found.append((i, i + len(seq), seq))
                    i += len(seq)
                    break
            else:
                i += 1
        return found

    def _make_doc(self, doc_id: int, kind: str, text: str, section_id: str | None, card_id: str | None,
                  order: int) -> _Doc:
        card = self.pack.card(card_id) if card_id and kind == "card" else None
        pieces = (card.prompt, card.answer) if card is not None and card.kind != "cloze" else (text,)
        parts = [Prepared.of(_JOINED_PREFIX.sub(r"\1", piece), self.aliases) for piece in pieces]
        keys: set[str] = set()
        names: set[str] = set()
        heads: set[str] = set()
        figures: list[str] = []  # words outside names, of the answer part for a card
        for part in parts:
            found = self._find_names(part.words)
            in_names = {i for start, end, _ in found for i in range(start, end)}
            for i in _content(part):
                keys |= _all_keys(part.words[i], part.stems[i])
            for start, _end, seq in found:
                key = _name_key(seq)
                names.add(key)
                keys.add(key)
                keys |= self._name_groups.get(" ".join(seq), set())
                if start > 0 and part.words[start - 1] in _ROLE_WORDS:
                    heads.add(key)  # "President Lukashenko"
            heads |= _heads(part, {end - 1: _name_key(seq) for _, end, seq in found})
            figures = [w for i, w in enumerate(part.words) if i not in in_names]
            self.vocab.update(part.words)
        title_keys = self._title_keys(text, keys)
        keys -= title_keys
        prompt: tuple[frozenset[str], ...] = ()
        if card is not None:
            for tag in card.tags:
                for w in _WORD.findall(normalise(tag)):
                    keys |= _word_keys(w, stem(w))[0]
            first = parts[0] if len(parts) == 2 else Prepared.of(card.prompt, self.aliases)
            prompt = tuple(frozenset(_word_keys(first.words[i], first.stems[i])[0]) for i in _content(first)
                           if first.words[i] not in QUESTION_WORDS)
        self._remember_names(text)
        words = [w for p in parts for w in p.words]
        return _Doc(
            id=doc_id, kind=kind, text=clean(text, multiline=False), section_id=section_id, card_id=card_id,
            order=order, keys=frozenset(keys), title_keys=frozenset(title_keys), heads=frozenset(heads),
            names=frozenset(names), persons=frozenset(names & self._persons), prompt=prompt,
            size=sum(len(_content(p)) for p in parts),
            numeric=any(w[:1].isdigit() and not _YEAR.match(w) for w in figures) and bool(_CARDINAL.search(pieces[-1])),
            dated=any(_YEAR.match(w) or w in _TIME_WORDS for w in figures),
            reason=bool(card and re.search(r"\bwhy\b", card.prompt, re.IGNORECASE)) or any(w in _REASON_WORDS for w in words),
            listing=text.count(";") >= 1 or text.count(",") >= 2 or "→" in text,
        )

    def _title_keys(self, text: str, keys: set[str]) -> set[str]:
        """Keys found only inside quoted titles of works ("A Diplomatic Breakthrough for ...")."""
        found: set[str] = set()
        for quoted in _QUOTED.finditer(text):
            span = quoted.group(1).split()
            if len(span) >= 3 and sum(w[:1].isupper() for w in span) * 2 > len(span):  # a title, not a quote
                p = Prepared.of(quoted.group(1), self.aliases)
                for i in _content(p):
                    found |= _word_keys(p.words[i], p.stems[i])[0]
        if not found:
            return found
        outside = Prepared.of(_QUOTED.sub(" ", text), self.aliases)
        plain = {k for i in _content(outside) for k in _word_keys(outside.words[i], outside.stems[i])[0]}
        return found - plain - {k for k in keys if k.startswith("zn")}

    def _remember_names(self, text: str) -> None:
        """Capitalised words inside sentences are names (for spelling correction)."""
        for m in _CAPITALISED.finditer(text):
            if text[:m.start()].rstrip()[-1:] not in ("", ".", "?", "!", ":", ";", '"', "“", "(", "'", "‘"):
                self.names.update(w for w in _WORD.findall(normalise(m.group(1)))
                                  if len(w) >= 3 and w.isalpha() and w not in STOP and w not in QUESTION_WORDS)

    # -------------------------------------------------------------- asking

    def ask(self, question: str) -> Reply:
        """Answer, decline or recognise an intent. Never raises."""
        try:
            return self._ask(question)
        except Exception:  # noqa: BLE001 - the learner must always get a reply
            return Reply("decline", DECLINE_TEXT)

    def _ask(self, question: str) -> Reply:
        raw = clean(str(question or ""), multiline=False)[:MAX_QUESTION]
        text = normalise(raw)
        if not re.search(r"[^\W_]", text):
            return Reply("decline", ASK_TEXT)
        intent = match_intent(text)
        if intent is not None:
            kind, phrase = intent
            if kind == "quiz":
                return self._quiz(phrase)
            return Reply("intent", _INTENT_TEXT[kind], intent=kind)
        question = self._question(raw, text)
        if question is None:
            return Reply("decline", ASK_TEXT)
        return self._answer(question)

    def _quiz(self, phrase: str) -> Reply:
        target, kind, title = self._target(phrase)
        text = f"Quiz on: {title}." if title else "Quiz on the whole pack."
        if phrase.strip() and target is None:
            text = "No topic of this pack matches that; quiz on the whole pack."
        return Reply("intent", clean(text, multiline=False), intent="quiz", target=target, target_kind=kind,
                     section_id=target if kind == "section" else None,
                     section_title=title if kind == "section" else None)

    def _target(self, phrase: str) -> tuple[str | None, str | None, str | None]:
        """(id, "section" | "tag", title) of the topic a quiz request names, or Nones."""
        words = [w for w in _WORD.findall(normalise(phrase)) if w not in STOP and w not in QUESTION_WORDS]
        if not words:
            return None, None, None
        joined, stems = "-".join(words), {stem(w) for w in words}
        tags = sorted({t for c in self.pack.cards for t in c.tags})

        def same(label: str) -> bool:
            return label == joined or {stem(w) for w in _WORD.findall(normalise(label))} == stems

        for s in self.pack.sections:
            if same(s.id):
                return s.id, "section", s.title
        for t in tags:
            if same(t):
                return t, "tag", t
        for s in self.pack.sections:
            if stems <= {stem(w) for w in _WORD.findall(normalise(s.title))}:
                return s.id, "section", s.title
        choices = [(s.id, "section", s.title) for s in self.pack.sections] + [(t, "tag", t) for t in tags]
        found = process.extractOne(joined, [c[0] for c in choices], scorer=fuzz.ratio, score_cutoff=80)
        if found is not None:
            return choices[found[2]]
        question = self._question(phrase, normalise(phrase))
        ranked = self._rank(question) if question else []
        if ranked and ranked[0].coverage >= ANSWER_COVERAGE and ranked[0].doc.section_id:
            sid = ranked[0].doc.section_id
            return sid, "section", self.sections[sid].title
        return None, None, None

    # -------------------------------------------------------------- question units

    def _known(self, word: str) -> bool:
        return (not word.isalpha() or word in self.vocab or stem(word) in self.df or word in STOP
                or word in QUESTION_WORDS or word in LIGHT_WORDS or word in _TUTOR_GROUP
                or stem(word) in _TUTOR_GROUP)

    def _correct(self, word: str, name_only: bool) -> str:
        """The closest vocabulary word to a misspelt one (names preferred), or the word itself.

        Words of 5-9 letters may be one edit away, longer ones two; below 8 letters the
        first letter must agree. A capitalised word is only corrected to a name.
        """
        if len(word) < 5 or not word.isalpha():
            return word
        best: tuple | None = None
        pools = (self._name_list,) if name_only else (self._name_list, self._vocab_list)
        for rank, pool in enumerate(pools):
            for form_rank, form in enumerate(dict.fromkeys((word, stem(word)))):
                if len(form) < 5:
                    continue
                limit = 1 if len(form) <= 9 else 2
                for cand, dist, _ in process.extract(form, pool, scorer=OSA.distance, score_cutoff=limit, limit=10):
                    if (cand[0] != word[0] and len(word) < 8) or _inflection(form) != _inflection(cand):
                        continue
                    key = (dist, form_rank, rank, -fuzz.ratio(form, cand), -self.vocab.get(cand, 0), cand)
                    if best is None or key < best:
                        best = key
        return best[-1] if best else word

    def _near_forms(self, word: str) -> set[str]:
        """Stems of more frequent words one edit from a rare one (the article's own typos)."""
        if len(word) < 6 or not word.isalpha() or not 1 <= self.vocab.get(word, 0) <= 2:
            return set()
        found = process.extract(word, self._vocab_list, scorer=OSA.distance, score_cutoff=1, limit=5)
        return {stem(c) for c, _, _ in found if c != word and c[0] == word[0] and self.vocab.get(c, 0) > 2}

    def _question(self, raw: str, text: str) -> _Question | None:
        """The question as weighted units (names and content words, misspellings corrected),
        or None when nothing in it can be looked up."""
        capitalised: set[str] = set()
        for m in _CAPITALISED.finditer(raw):
            token = m.group(1)
            if m.start() > 0 or (token.isupper() and len(token) >= 2):
                capitalised.update(_WORD.findall(normalise(token)))
        asked = _JOINED_PREFIX.sub(r"\1", text)
        asked = _TAKE_PLACE.sub("happened", _FRAMING_VERB.sub("to", _HOW_ADJECTIVE.sub("how", asked)))
        prepared = self._spelt(Prepared.of(asked, self.aliases), capitalised)
        units = self._weigh(prepared, capitalised)
        if not units:
            return None
        keys = frozenset(k for u in units for k in u.strong)
        names = frozenset(k for k in keys if k.startswith("zn"))
        wants = _wants(text, units)
        if names & self._persons:  # "who is Zas?" asks what Zas is, not for another name
            wants["person"] = wants["entity"] = False
        return _Question(text, tuple(units), sum(u.weight for u in units) or 1.0, keys, names, wants)

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
            for seq in self._sequences:
                if seq[0] == words[i] and nxt[:1] == seq[1][:1] and fuzz.ratio(nxt, seq[1]) >= 60:
                    words[i + 1], changed = seq[1], True
                    break
        return Prepared.of(" ".join(words), self.aliases) if changed else prepared

    def _weigh(self, prepared: Prepared, capitalised: set[str]) -> list[_Unit]:
        """Units to look up: each canonical name, then each content word, weighted by rarity
        (names count more, light words less; an unknown word weighs as the rarest, an
        unknown capitalised word, a name the pack does not know, twice that)."""
        words = prepared.words
        units: list[_Unit] = []
        taken: set[int] = set()
        for start, end, seq in self._find_names(words):
            key = _name_key(seq)
            taken.update(range(start, end))
            units.append(_Unit(" ".join(seq), frozenset((key,)), frozenset(), self._idf(key) * 1.5, True))
        seen = {u.text for u in units}
        for i in _content(prepared):
            w, st = words[i], prepared.stems[i]
            if i in taken or w in QUESTION_WORDS or w in seen or (len(w) <= 2 and w.isalpha()):
                continue
            seen.add(w)
            strong, weak = _word_keys(w, st)
            present = [k for k in strong if k in self.df]
            if present:
                strong |= self._near_forms(w)
                name = w in capitalised or w in self.names
                weight = max(self._idf(k) for k in present) * (LIGHT if w in LIGHT_WORDS else 1.0)
                units.append(_Unit(w, frozenset(strong), frozenset(weak), weight * (1.5 if name else 1.0), name))
            elif w in capitalised:  # a name the pack does not know
                units.append(_Unit(w, frozenset(strong), frozenset(), self._idf_unknown * 2, True))
            elif len(w) >= 4 or not w.isalpha():
                framing = w.endswith(("ed", "ing", "ly"))  # inflected verbs and adverbs frame more than they name
                units.append(_Unit(w, frozenset(strong), frozenset(weak),
                                   self._idf_unknown * (0.5 if framing else 1.0), False))
        return units[:MAX_UNITS]

    def _idf(self, key: str) -> float:
        return math.log((len(self.docs) + 1) / (self.df.get(key, 0) + 0.5))

    # -------------------------------------------------------------- ranking

    def _coverage(self, doc: _Doc, units: tuple[_Unit, ...], total: float) -> float:
        """Weighted share of `units` a passage covers (partial credit for weak and title keys)."""
        covered = 0.0
        for u in units:
            if u.strong & doc.keys:
                covered += u.weight
            elif u.weak & doc.keys or u.strong & doc.title_keys:
                covered += 0.7 * u.weight
        return covered / total

    def _rank(self, q: _Question) -> list[_Scored]:
        """The bm25 candidates rescored in Python, best first: coverage of the question, plus
        small bonuses for the kind of answer wanted, a definition of what is asked about, a
        card prompt that restates the question, bm25 and brevity."""
        hits = self.index.search([k for u in q.units for k in sorted(u.strong | u.weak)], limit=CANDIDATES)
        if not hits:
            return []
        top = max(h.score for h in hits) or 1.0
        ranked = []
        for hit in hits:
            doc = self.docs[hit.doc_id]
            coverage = self._coverage(doc, q.units, q.total)
            bonus = 0.1 * _fits(doc, q)
            if q.wants["define"] and doc.heads & q.keys:
                bonus += 0.1
            if doc.prompt:  # a card whose prompt is the learner's question answers it
                bonus += 0.15 * _prompt_match(doc, q)
            if doc.kind == "card":
                bonus -= 0.03  # on a tie a statement reads better than a quiz card
            if not q.wants["yes_no"] and doc.size - sum(1 for u in q.units if u.strong & doc.keys) <= 2:
                bonus -= 0.05  # it only restates the question (which answers a yes/no question)
            focus = min(1.0, 12 / max(1, doc.size))  # a short passage is a focused answer
            ranked.append(_Scored(coverage + bonus + 0.05 * hit.score / top + 0.05 * focus, coverage, doc))
        ranked.sort(key=lambda r: (-r.score, r.doc.id))
        return ranked

    def _answer(self, q: _Question) -> Reply:
        """The best passage that covers enough of the question and gives the kind of answer
        it requires (with a helpful second passage), or a decline."""
        ranked = self._rank(q)
        names = [u for u in q.units if u.name]
        if names and not any(u.strong & self.df.keys() for u in names):
            return self._decline(ranked)  # every name asked about is unknown to the pack
        relation = tuple(u for u in q.units if not u.name)
        relation_total = sum(u.weight for u in relation)
        for best in ranked[:8]:
            if best.coverage < ANSWER_COVERAGE:
                continue
            if relation and self._coverage(best.doc, relation, relation_total) < RELATION_COVERAGE:
                continue  # it shares the names, not what is asked about them
            second = self._second(best, ranked, q)
            if _supplies(best.doc, q) or (second is not None and _supplies(second, q)):
                return self._reply(best, second, q)
        return self._decline(ranked)

    def _reply(self, best: _Scored, second: _Doc | None, q: _Question) -> Reply:
        chosen = [best.doc]
        if second is not None:
            chosen.append(second)
            if second.kind == "note" and best.doc.kind == "note" and second.order < best.doc.order:
                chosen.reverse()  # keep the notes' own order
        sentences = tuple(d.text for d in chosen)
        title = self._title(best.doc.section_id)
        reply = " ".join(_end(s) for s in sentences) + f" (from: {title})"
        return Reply("answer", reply, section_id=best.doc.section_id, section_title=title,
                     cards=self._cards(q, best.doc), score=round(best.score, 3), sentences=sentences)

    def _second(self, best: _Scored, ranked: list[_Scored], q: _Question) -> _Doc | None:
        """A passage from the same section that helps: it supplies the kind of answer asked
        for (a number, a date, a name) when the best lacks it, continues the best note, or
        scores nearly as well and says something else."""
        if best.doc.section_id is None:
            return None
        lacking = not _fits(best.doc, q, hard=True)
        pool = {r.doc.id: r for r in ranked[1:] if r.doc.section_id == best.doc.section_id}
        if best.doc.kind == "note":
            for step in (-1, 1):
                j = best.doc.id + step
                if 0 <= j < len(self.docs) and self.docs[j].kind == "note" and j not in pool \
                        and self.docs[j].section_id == best.doc.section_id:
                    coverage = self._coverage(self.docs[j], q.units, q.total)
                    pool[j] = _Scored(coverage, coverage, self.docs[j])
        choice, choice_score = None, 0.0
        for r in pool.values():
            doc = r.doc
            novelty = len(doc.keys - best.doc.keys) / max(1, len(doc.keys))
            if novelty < 0.3 or len(doc.text) + len(best.doc.text) > 600:
                continue
            adjacent = doc.kind == "note" and best.doc.kind == "note" and doc.order == best.doc.order + 1
            fills = lacking and _fits(doc, q, hard=True) > 0
            if fills and r.coverage >= 0.4:
                value = r.score + 0.3
            elif adjacent and r.coverage >= 0.4:
                value = r.score + 0.15
            elif r.coverage >= ANSWER_COVERAGE and r.score >= 0.85 * best.score:
                value = r.score
            else:
                continue
            if value > choice_score:
                choice, choice_score = doc, value
        return choice

    def _decline(self, ranked: list[_Scored]) -> Reply:
        nearest: list[str] = []
        for r in ranked:
            sid = r.doc.section_id
            if sid and self.sections[sid].title not in nearest:
                nearest.append(self.sections[sid].title)
            if len(nearest) == 3:
                break
        text = DECLINE_TEXT
        if nearest:
            text += " Nearest topics it does cover: " + "; ".join(nearest) + "."
        return Reply("decline", clean(text, multiline=False), score=round(ranked[0].score, 3) if ranked else 0.0,
                     nearest=tuple(clean(t, multiline=False) for t in nearest))

    def _title(self, section_id: str | None) -> str:
        if section_id is None:
            return clean(self.pack.source.title or "the source text", multiline=False)
        return clean(self.sections[section_id].title, multiline=False)

    def _cards(self, q: _Question, best: _Doc) -> tuple[str, ...]:
        """Up to three cards of the answer's section that share most with the question."""
        if best.section_id is None:
            return ()
        scored = []
        for order, card in enumerate(self.pack.cards):
            if card.section == best.section_id:
                keys = self._card_keys.get(card.id, set())
                share = sum(u.weight for u in q.units if (u.strong | u.weak) & keys)
                scored.append((card.id == best.card_id, share, -order, card.id))
        scored.sort(reverse=True)
        picked = tuple(cid for first, share, _, cid in scored[:3] if first or share > 0)
        return picked or tuple(cid for *_, cid in scored[:1])


# ------------------------------------------------------------------ intents

_QUIZ = re.compile(
    r"^(?:(?:can|could|would) you\s+|please\s+|let'?s\s+|i (?:want|would like|'d like) to\s+)?"
    r"(?:(?:quiz|test|ask|drill)\s+(?:me|us)|quiz|practi[cs]e|revise|review|study)\b"
    r"(?:\s+(?:on|about|in|with|for))?(?:\s+(?:the|some|my|a few))?(?P<target>.*?)"
    r"(?:\s+(?:please|questions?|cards?|topic|section))*\s*$")
_HINT = re.compile(r"^(?:(?:can|could|may) (?:i|you) (?:have|get|give me) |give me |i need |show me |need |any )?"
                   r"(?:a |an |another |the |some |one )?(?:hint|clue)s?(?: please)?$")
_EXPLAIN = re.compile(r"^(?:but |and |so )?(?:why|how come|explain|explain (?:that|it|this|why|the answer|please)|"
                      r"why (?:is|was) (?:that|it)|why so|why not|what does that mean|tell me why|please explain)"
                      r"(?: please)?$")
_DUE_WORDS = frozenset("due what whats is are how many cards card reviews review today now left number anything "
                       "something there for i have me my do any still the to s".split())


def match_intent(text: str) -> tuple[str, str] | None:
    """("quiz" | "hint" | "explain" | "due", quiz topic phrase) for a request, else None."""
    plain = " ".join(re.findall(r"[\w']+", text.replace("’", "'"))).replace("what's", "what is")
    if len(plain) > 120:
        return None
    if _HINT.match(plain):
        return "hint", ""
    if _EXPLAIN.match(plain):
        return "explain", ""
    words = plain.replace("'", " ").split()
    if "due" in words and set(words) <= _DUE_WORDS:
        return "due", ""
    m = _QUIZ.match(plain)
    if m and len(words) <= 10:
        return "quiz", m.group("target").strip()
    return None


_INTENT_TEXT = {
    "hint": "Here is a hint for the current card.",
    "explain": "Here is why the answer is what it is.",
    "due": "Checking which cards are due.",
}


def _prompt_match(doc: _Doc, q: _Question) -> float:
    """How closely a card's prompt restates the question (F1 of the two coverages)."""
    prompt_keys = frozenset().union(*doc.prompt)
    asked = sum(u.weight for u in q.units if u.strong & prompt_keys) / q.total
    restated = sum(1 for keys in doc.prompt if keys & q.keys) / len(doc.prompt)
    return 2 * asked * restated / (asked + restated) if asked and restated else 0.0


def _wants(text: str, units: list[_Unit]) -> dict[str, bool]:
    """The kind of answer a question asks for."""
    bare = bool(units) and len(units) <= 2 and not any(w in QUESTION_WORDS for w in _WORD.findall(text))
    return {
        "numeric": bool(_NUMBER_Q.search(text)),
        "dated": bool(_DATE_Q.search(text)),
        "entity": bool(_ENTITY_Q.search(text)) and not _CHOICE_Q.search(text),
        "person": bool(_PERSON_Q.search(text)) and not _CHOICE_Q.search(text),
        "reason": bool(_REASON_Q.search(text)),
        "yes_no": bool(_YES_NO_Q.search(text)),
        "listing": bool(_LIST_Q.search(text)),
        "define": bare or bool(_DEFINE_Q.search(text)),
    }


def _supplies(doc: _Doc, q: _Question) -> bool:
    """Does a passage give the kind of answer the question requires: a figure for "how many",
    a date for "when", a person the question does not name for "who"?"""
    wants = q.wants
    return ((not wants["numeric"] or doc.numeric) and (not wants["dated"] or doc.dated)
            and (not wants["person"] or bool(doc.persons - q.names)))


def _fits(doc: _Doc, q: _Question, hard: bool = False) -> float:
    """How well a passage supplies the kinds of answer wanted (0 when none are wanted):
    a number, a date, names the question does not give (two count more), and unless
    `hard`, the softer cues of a reason or a list."""
    wants = q.wants
    new_names = len(doc.names - q.names)
    return sum((
        wants["numeric"] and doc.numeric,
        wants["dated"] and doc.dated,
        wants["entity"] and (1.5 if new_names >= 2 else 1.0 if new_names else 0.0),
        not hard and wants["reason"] and doc.reason and 0.5,
        not hard and wants["listing"] and doc.listing,
    ))
