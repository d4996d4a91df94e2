"""What a pack's own text says its words stand for.

Terms it defines by others ("Прокариоты (доядерные организмы) — это бактерии
и археи"): the text then uses them for one another, so a question about bacteria is partly
met by a sentence about prokaryotes, and the other way round.

A definition is a sentence whose opening words, then the language's defining cue
(`TutorWords.definition_cue`, "— это"), then the words up to the first comma, colon or
bracket, name the same thing. The stems on each side are related to those on the other;
the relation is read from the text itself, never from a word list.

Which sentences define a term at all (`Doc.heads`, `heads_of`): a copula defines what comes
before it unless what follows says what was done to it or denies it ("X is a ...", not
"X was abolished", "Вёрстка была закончена"); "by X we mean ...", "под X
понимают ..." define X; "...: this is the X" at a sentence's end names what it told X; "X, or Y, ..." gives
another name; "a new coin, the X" introduces X.

A role or title the text puts before the name of one person only ("король Карл XII",
"царь Пётр" among the aliases) stands for that person when a question uses it alone
("Куда бежал шведский король?").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ..lexicon_compare import CHANGES
from ..matching import Prepared
from ..preparing import TOKEN
from .names import NameBook
from .words import Words

__all__ = ["apposed", "copula_subject", "defines_kind", "defining_copula", "has_pronoun", "heads_of", "meant_term",
           "opens_defining", "related_terms", "role_holders", "term_before", "titled_only"]

MAX_SIDE = 3  # content words of the defined side of a definition, at most
MAX_TERM = 2  # ... and of the defining side, unless it lists single words
NAMED_AFTER = 3  # words after "this is" that name what a sentence told before it ("...: this is the salt tax")
_BRACKETED = re.compile(r"\([^)]*\)")
_OPENING_DASH = re.compile(r"^([^—–;:.!?«»\"]+?)\s+[—–]\s+")  # the words before a spaced dash that opens a sentence
_REGNAL = re.compile(r"^[ivxl]{1,5}$")  # the number of a ruler ("Карл XII"), no name
_CLAUSE_END = re.compile(r"[,;:(.!?]")
_LIST_END = re.compile(r"[;:(.!?]")
_LIST_SEPARATOR = re.compile(r",|\s+(?:и|или|and|or)\s+")


def related_terms(texts: Iterable[str], words: Words) -> dict[str, frozenset[str]]:
    """Stems of the terms each stem is defined by (or defines) in `texts` (sentences)."""
    cue = words.tw.definition_cue
    if not cue:
        return {}
    pattern = re.compile(cue)
    related: dict[str, set[str]] = {}
    for text in texts:
        found = pattern.search(text)
        if found is None:
            continue
        left = _stems(_BRACKETED.sub(" ", text[:found.start()]), words)
        right = _terms(text[found.end():], words)
        if not left or not right or len(left) > MAX_SIDE:
            continue
        for a in left:
            for b in right:
                if a != b:
                    related.setdefault(a, set()).add(b)
                    related.setdefault(b, set()).add(a)
    return {k: frozenset(v) for k, v in related.items()}


def _terms(text: str, words: Words) -> list[str]:
    """The terms a definition gives: a list of single words ("бактерии и археи", "растения, животные
    и грибы"), or up to `MAX_TERM` words before the first comma; none when it says more than that
    ("постоянные структуры клетки, которые ..." names no term)."""
    body = _LIST_END.split(text, maxsplit=1)[0]
    items = [_stems(item, words) for item in _LIST_SEPARATOR.split(body)]
    if len(items) > 1 and all(len(item) == 1 for item in items):
        return [item[0] for item in items]
    first = _stems(_CLAUSE_END.split(text, maxsplit=1)[0], words)
    return first if len(first) <= MAX_TERM else []


def _stems(text: str, words: Words) -> list[str]:
    """The tutor's stems of the content words of a text (light words left out)."""
    prepared = words.prepare(text)
    stems = words.stems(prepared)
    light = words.tw.light_words
    return [stems[i] for i in words.content(prepared) if prepared.words[i] not in light and stems[i].isalpha()]


def role_holders(texts: Iterable[str], words: Words, names: NameBook) -> dict[str, frozenset[str]]:
    """The name stems of the person each title stands for, when the texts put it before the
    name of that person and no other (`TutorWords.unique_titles`: "царь", "король"; not
    occupations such as "химик", nor kin). Two names are one person when they share a word
    ("царь Пётр", "царь Пётр Алексеевич")."""
    titles = frozenset(words.lang.stem(t) for t in words.tw.unique_titles)
    runs: dict[str, list[frozenset[str]]] = {}
    if not titles:
        return {}
    for text in texts:
        stems = [words.stem(w) for w in words.tokens(text)]
        for i, st in enumerate(stems[:-1]):
            if st not in titles:
                continue
            run = []
            for nxt in stems[i + 1:]:
                if nxt not in names.stems:
                    break
                run.append(nxt)
            persons = frozenset(n for n in run if n in names.persons and not _REGNAL.match(n))  # "Карл XII": карл
            if persons:
                runs.setdefault(st, []).append(persons)
    return {role: frozenset().union(*people) for role, people in runs.items()
            if all(a & b for a in people for b in people)}


def defining_copula(seq: Sequence[str], i: int, words: Words) -> bool:
    """Does the copula at `i` of a sentence's words define what comes before it ("X is a ...", "X — это ...",
    "X refers to ...", "X is 16 bits long") rather than say what was done to it ("X was abolished",
    "X was soon built", "Вёрстка была закончена") or deny it ("X is not ...")?"""
    tw = words.tw
    j = i + 1
    while j < len(seq) - 1 and tw.adverb_endings and seq[j].endswith(tw.adverb_endings):
        j += 1
    if j >= len(seq):
        return False
    nxt = seq[j]
    if nxt in words.lang.lex.negators:
        return False
    if nxt in tw.defining_participles:  # "X is defined as ...", "X are measured in ..."
        return True
    return not (nxt in tw.participles or (len(nxt) >= tw.participle_length and nxt.endswith(
        tw.participle_endings or ("\0",))))


def meant_term(text: str, words: Words) -> list[str]:
    """The stems of the term a sentence (normalised words) says it means something by ("by annealing we
    mean ...", "под вёрсткой понимают ..."), or none."""
    found = re.match(words.tw.meant_by, text) if words.tw.meant_by else None
    return _stems(found.group(1), words) if found else []


def apposed(seq: Sequence[str], cue: int, end: int, content: set[int], words: Words) -> list[int]:
    """Positions of the terms a comma at `cue` (the first word after it; `end`: the next cue or the end)
    introduces: "X, or Y, ...", "X, that is Y", "X, то есть Y" name both X and Y; "... a new copper coin, the X."
    introduces X by the description before it. None when what follows the comma is longer than a name (a
    description itself: "a walker, the master who owned ...")."""
    tw = words.tw
    opening = " ".join(seq[cue:cue + 3]) + " "
    renames = next((len(r.split()) for r in tw.renaming if opening.startswith(r + " ")), 0)
    if end - cue - renames > MAX_SIDE:
        return []
    after = [j for j in range(cue + renames, end) if j in content]
    if renames:
        return after + [j for j in range(cue - 1, -1, -1) if j in content][:MAX_TERM]
    if tw.indefinite and any(w in tw.indefinite for w in seq[max(0, cue - MAX_SIDE - 1):cue]):
        return after
    return []


def copula_subject(seq: Sequence[str], i: int, content: set[int], words: Words) -> list[int]:
    """Positions of what a copula at `i` defines, when it defines (`defining_copula`): the content word before
    it ("... the real interest rate is ..."), or when a pronoun is its subject, the sentence's first as well ("Two
    consuls were elected every year; they were the highest magistrates"; "... the exercise; it is known as ...");
    none when the sentence opens with the pronoun (it goes on about the one before) or the word before is a figure."""
    if not defining_copula(seq, i, words):
        return []
    last = [j for j in term_before(seq, i, content, words, 1, phrase=False) if not seq[j][:1].isdigit()]
    if seq[i - 1] in words.tw.pronouns:  # the pronoun stands for the subject before it, or the nearest word
        return [j for j in range(i - 1) if j in content and seq[j].isalpha()][:1] + last
    return last


def has_pronoun(seq: Sequence[str], reach: int, words: Words) -> bool:
    """Is one of a sentence's first `reach` words a pronoun, other than in a phrase giving another name
    ("то есть", "that is": "Пробный лист, то есть первый оттиск, ..." goes on about nothing before)?"""
    renaming = [r.split() for r in words.tw.renaming]
    return any(w in words.tw.pronouns and not any(list(seq[k:k + len(r)]) == r for r in renaming)
               for k, w in enumerate(seq[:reach]))


def term_before(seq: Sequence[str], end: int, content: set[int], words: Words, n: int,
                phrase: bool = True) -> list[int]:
    """Positions of the last (up to `n`) content words before `end`, the term a copula or a dash there defines:
    they end where a phrase opens ("По Аррениусу, кислота — это ...": кислота), and one the term ends with is
    passed over ("Основание (щёлочь) по Аррениусу — это ...": щёлочь, основание) unless `phrase` (after a comma:
    "worked by a walker, the master who ..." describes the walker)."""
    found: list[int] = []
    j = end - 1
    while j >= 0 and len(found) < n:
        if seq[j] in words.tw.prepositions and found:
            break
        at = _phrase_opening(seq, j, words) if j in content else None
        if at is not None and (found or not phrase):
            if found:
                break
            j = at - 1
            continue
        if j in content:
            found.append(j)
        j -= 1
    return found


def _phrase_opening(seq: Sequence[str], j: int, words: Words) -> int | None:
    """The position of the preposition whose phrase the word at `j` ends ("по Аррениусу", "in the north", "в
    водном растворе": up to `MAX_TERM` words of its own besides light ones), if any."""
    k, own = j - 1, 0
    while k >= 0 and seq[k] not in words.tw.prepositions and own < MAX_TERM:
        own += seq[k] not in words.stop
        k -= 1
    return k if k >= 0 and seq[k] in words.tw.prepositions else None


def opens_defining(text: str, stems: frozenset[str], words: Words, opening: int) -> bool:
    """Does a sentence open with one of `stems` and a defining copula among its first `opening` + 1 words
    ("Routers are ...", not "... were called gateways; today they are called routers", nor "X was abolished"),
    or with "by X we mean", or with X and a dash ("Ижица (ѵ) — буква, которая ...", not a value: "Температура X —
    около 1200 °C")? Words in brackets are another name ("X (Y) is ..." defines X)."""
    plain = _BRACKETED.sub(" ", text)
    tokens = words.tokens(plain)
    at = next((i for i, t in enumerate(tokens[:opening + 1]) if t in words.tw.copulas), None)
    if at is None and (dashed := _OPENING_DASH.match(plain)) is not None:  # "X — Y"
        cue = len(words.tokens(dashed.group(1)))
        return 0 < cue <= opening and cue < len(tokens) and not _value_after(tokens, cue, words) and any(
            words.stem(t) in stems for t in tokens[:cue])
    if at is None:  # "By annealing we mean ...": the term it opens with
        return bool(set(meant_term(" ".join(tokens), words)) & stems)
    return defining_copula(tokens, at, words) and any(words.stem(t) in stems for t in tokens[:at])


_TITLE = re.compile(r"«[^«»]*»|“[^“”]*”|\"[^\"]*\"")
TITLE_WORDS = 3  # words of a quoted title at least: a title of its own ("«Origin of Species»"), not the term quoted


def titled_only(text: str, stems: frozenset[str], words: Words) -> bool:
    """Is every word of `stems` a sentence says inside the quoted title of something ("he wrote «The Descent of Man
    and Selection»", "книга «Происхождение человека и половой отбор»")? Such a sentence names a work, it defines
    none of the title's words."""
    outside = _TITLE.sub(lambda m: " " if len(words.tokens(m.group(0))) >= TITLE_WORDS else m.group(0), text)
    said = {words.stem(t) for t in words.tokens(text)} & stems
    return bool(said) and not said & {words.stem(t) for t in words.tokens(outside)}


def defines_kind(heads: frozenset[str], asked: Sequence[tuple[frozenset[str], bool]]) -> bool:
    """Does a sentence define (`heads`) everything a "who is X?" question asks about (the stems of each word
    and whether it is a name), X no name ("who were the walkers?", "кто такой наборщик?": a kind of person,
    which a definition answers without naming anyone)?"""
    return bool(asked) and all(not name and stems <= heads for stems, name in asked)


# -------------------------------------------------------------- what a sentence defines (`Doc.heads`)

OPENING_NAMED = 3  # words before a naming cue that opens a sentence: the name it explains


def heads_of(p: Prepared, text: str, stems: list[str], content: list[int], names: NameBook, words: Words
             ) -> set[str]:
    """Stems of what a sentence (its `text`, prepared as `p`: its `stems` and its `content` words) defines
    (`Doc.heads`): `_heads`, and the people it introduces (`_introduced`)."""
    return _heads(p, stems, set(content), names, words) | _introduced(text, stems, content, names, words)


def _heads(p: Prepared, stems: list[str], content: set[int], names: NameBook, words: Words) -> set[str]:
    """Stems of what a sentence defines: a name or the words before a defining cue
    ("X, the ...", "X: ...", "X (...)", "X is a ...", "X — ..."), a name after a role or
    a noun for a person ("the geologist Hal Verden"), or the words after a naming cue
    ("called a salt road")."""
    tw = words.tw
    seq = p.words
    heads: set[str] = set()
    spans = list(TOKEN.finditer(p.text))  # as `matching.Prepared` cuts words
    if len(spans) != len(seq):
        spans = []
    for i, w in enumerate(seq):
        if stems[i] in names.stems and (i == 0 or stems[i - 1] not in names.stems):
            end = i
            while end + 1 < len(seq) and stems[end + 1] in names.stems:
                end += 1
            if _described_before(seq, stems, i, names, words):
                heads.update(stems[i:end + 1])
            titled = [j for j in range(i, end + 1) if seq[j] in tw.role_words or stems[j] in words.role_stems]
            if titled and titled[-1] < end:  # "Mayor Ada Fenwick"
                heads.update(stems[titled[-1] + 1:end + 1])
        if w in tw.copulas and 0 < i < len(seq) - 1:  # "X is a ...", "X — это ..."
            heads.update(stems[j] for j in copula_subject(seq, i, content, words))
            if w in tw.pronouns and spans and ":" in p.text[spans[i - 1].end():spans[i].start()] and i - 1 in content:
                heads.add(stems[i - 1])  # "... измеряют в диоптриях: это единица ...": what the pronoun stands for
            if i > NAMED_AFTER and seq[i - 1] in tw.demonstratives and len(seq) - i - 1 <= NAMED_AFTER:
                heads.update(stems[j] for j in range(i + 1, len(seq)) if j in content)  # "...: this is the salt tax"
    cues = _cue_positions(p.text, spans)
    for k, cue in enumerate(cues):
        after = seq[cue]
        gap = p.text[spans[cue - 1].end():spans[cue].start()]
        if gap.strip().startswith(","):  # "X, or Y, ...", "a new coin, the X."
            heads.update(stems[j] for j in apposed(seq, cue, (cues[k + 1:] or [len(seq)])[0], content, words))
            heads.update(stems[j] for j in _described(seq, cue, cues[k + 1:], spans, p.text, content, words))
        if "-" in gap and _value_after(seq, cue, words):
            continue  # "Температура лавы — примерно 1200 °C": a value of it, no definition (of "лава" least of all)
        if "(" in gap or ("-" in gap and len(seq) - cue <= 3):  # "the Salt Road Toll (SRT)", "... - СПК"
            heads.update(stems[j] for j in range(cue, min(len(seq), cue + 2)) if j in content)
        # "Salt carts, wagons of ...", not "По Хелбину, пошлина ..."
        opening = k == 0 and cue <= 4 and after not in words.stop and seq[0] not in tw.prepositions
        if not p.text[spans[cue - 1].end():spans[cue].start()].strip().startswith(",") or opening or (
                after in tw.appositives or _role(after, stems[cue], words)
                or (len(after) > 4 and after.endswith(tw.agent_endings))):
            heads.update(stems[j] for j in term_before(seq, cue, content, words, 2, "," in gap))
    joined = " ".join(seq)
    for m in words.naming_pattern.finditer(joined):  # "called a salt road"
        named, cue = joined.count(" ", 0, m.end()) + 1, joined.count(" ", 0, m.start())  # the words after, the cue
        heads.update(stems[j] for j in range(named, min(len(seq), named + 3)) if j in content)
        heads.update(stems[j] for j in range(cue) if j in content and cue <= OPENING_NAMED)  # "Соляным трактом ..."
    heads.update(stems[j] for j in _labelled(seq, content, tw.labelling, tw.labelling_as))
    return heads | set(meant_term(joined, words))


def _described(seq: list[str], cue: int, later: list[int], spans: list[re.Match[str]], text: str, content: set[int],
               words: Words) -> list[int]:
    """Positions of a term put between commas after the word that describes it and before a relative clause
    ("there lies a hollow, the central pit, where ...", "лежит углубление, центральная ямка, где ..."): the
    sentence introduces the term by that description; none when a preposition opens what is between the commas
    ("в 1812 году, в Москве, где ...") or it is longer than a term."""
    tw = words.tw
    if not later or not spans or cue - 1 not in content or seq[cue] in tw.prepositions:
        return []
    end = later[0]
    if end - cue > MAX_TERM or not text[spans[end - 1].end():spans[end].start()].strip().startswith(","):
        return []
    if seq[end] not in tw.appositives and seq[end] not in tw.relative_adverbs:
        return []
    return [j for j in range(cue, end) if j in content]


def _labelled(seq: list[str], content: set[int], verbs: frozenset[str], as_word: str) -> list[int]:
    """Positions of the words a sentence labels something as ("described the decision as a
    breakthrough", "regarded it as a failure"): up to two content words after the "as"."""
    for i, w in enumerate(seq):
        if w in verbs and as_word in seq[i + 1:]:
            after = seq.index(as_word, i + 1) + 1
            return [j for j in range(after, min(len(seq), after + 3)) if j in content][:2]
    return []


def _introduced(text: str, stems: list[str], content: list[int], names: NameBook, words: Words) -> set[str]:
    """The people a sentence gives with a patronymic ("Иван Петрович Хелбин"): it introduces them (the
    names next to it; not "... сестре Анны Петровны" for another person of the sentence)."""
    raw, endings = words.tokens(text), words.tw.patronymic_endings or ("\0",)
    near = {words.name_stem(raw[j]) for i, w in enumerate(raw) if w.endswith(endings) and words.name_stem(w) in
            names.persons for j in range(max(0, i - 1), min(len(raw), i + 2))}
    return {stems[i] for i in content if stems[i] in names.persons and stems[i] in near}


def _described_before(seq: list[str], stems: list[str], i: int, names: NameBook, words: Words) -> bool:
    """Is the name at `i` preceded by a role, title or noun for a person ("мэр города Хелби Иван Хелбин")?"""
    j = i - 1
    while j >= 0 and stems[j] in names.stems and not seq[j].isalpha():
        j -= 1
    for k in range(j, max(-1, j - 3), -1):
        w = seq[k]
        if w in words.stop:
            return False
        if w in words.lang.lex.titles or _role(w, stems[k], words):
            return True  # "the geologist X", "барон X"
        if len(w) > 4 and w.endswith(words.tw.agent_endings) and stems[k] not in names.stems:
            return True
        if stems[k] not in names.stems:
            return False
    return False


def _value_after(seq: list[str], cue: int, words: Words) -> bool:
    """Does a figure open what a dash gives, after words that hedge or bound it ("— около 1200 °C", "— от 700 до",
    "— about 20 m"): a value, which defines nothing?"""
    changes = CHANGES.get(words.lang.code)
    bounds = changes.approximate | changes.to | changes.of | changes.by if changes else frozenset[str]()
    k = cue
    while k < len(seq) and k < cue + MAX_SIDE and seq[k] in bounds:
        k += 1
    return k < len(seq) and seq[k][:1].isdigit()


def _role(word: str, stem: str, words: Words) -> bool:
    """Is a word a role or title ("капитан", "капитаном"), by its stem too; not a stop word, connective or word that
    breaks a clause whose stem is a role's (Snowball stems "поэтому" as "поэт", "после" as "посол"'s "посл"): "... от
    печи, поэтому ..." defines no "печь"."""
    lex = words.lang.lex
    return word in words.tw.role_words or (stem in words.role_stems and word not in words.stop
                                           and word not in lex.connectives and word not in lex.clause_breaks)


_CUE = re.compile(r"\s*(?::|\(|\s-\s|,\s+(?=\w))")


def _cue_positions(text: str, spans: list[re.Match[str]]) -> list[int]:
    """Word positions just after a defining cue (":", "(", " - ", ", ...") in prepared text."""
    out: list[int] = []
    for cue in _CUE.finditer(text):
        before = [i for i, s in enumerate(spans) if s.end() <= cue.start()]
        if before and before[-1] + 1 < len(spans):
            out.append(before[-1] + 1)
    return out
