"""The passages the tutor answers from: whole sentences of a pack's notes and source text.

Notes are written by hand in YAML block scalars, often wrapped (`notes: |` with lines broken anywhere, even before a
dash that goes on with the sentence); a source text is wrapped prose. Lines of a paragraph are joined (a blank line,
a list item or a heading breaks it), then cut into sentences at a final stop followed by a capital, a digit or an
opening quote, but not after an abbreviation ("Mr.", "St.", "e.g.", "г."), an initial ("J. Tuzo Wilson"), inside a
decimal ("3.5") or inside a quotation that closes soon after (`He said: "We are late. Run."`). An abbreviation that
closes a phrase ("etc.", "in 1990 г.", "до н. э.") ends a sentence before a capitalised word of the language's stop
list or a clause break ("However", "Затем"), which opens sentences and is no name ("... в 212 г. до н. э. Его ...";
"в 1990 г. Ельцин ..." goes on, as "the U.S. Navy" does). A piece of the source text that is one short run of words
without a final stop ("5. Kinds of glacier", set off by blank lines) is a heading: indexed, never an answer. Cards
are never passages: their prompts, options and order instructions are questions, not statements (see `documents` for
how cards still help).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Literal, NamedTuple

from ..lexicon_tutor import TutorWords
from ..packs import Pack

__all__ = ["MAX_SOURCE_CHARS", "MIN_SOURCE_WORDS", "Passage", "PassageKind", "join_lines", "passages", "sentences"]

PassageKind = Literal["note", "source", "heading"]  # a heading of the source is indexed (its words count in the
# text's statistics) but never answers (`ranking`)

MAX_SOURCE_CHARS = 2_000_000  # characters of a source text that are read
MIN_SOURCE_WORDS = 4  # shorter source sentences (headings, captions) are not passages
HEADING_WORDS = 6  # a line of at most this many words without a final stop, before a capital, is a heading
HEADING_PARAGRAPH_WORDS = 14  # a source piece of at most this many words without a final stop is a heading

_BULLET = re.compile(r"^\s*(?:[-*•·–—]|\d{1,3}[.)]|[a-z][.)])\s+")  # not "J. Tuzo Wilson"
_FINAL = ".!?…:;"
_DASH = re.compile(r"^[–—]\s")  # a dash opening a line: a list item, or prose wrapped before a dash
_CLOSERS = "\"'”’»)]"
# a sentence ends at . ! ? or … (and closing quotes or brackets), before a space and a capital,
# a digit or an opening quote or bracket
_END = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s+[\"'“‘«(\[]*[^\W_a-zа-яё])")
_WORD_BEFORE = re.compile(r"([^\W\d_]+(?:\.[^\W\d_]+)*)\.$")
_WORD_AFTER = re.compile(r"\s+[\"'“‘«(\[]*([^\W\d_]+)(\.?)")  # the word after a stop, and a stop of its own
QUOTE_REACH = 160  # characters after a stop within which an open quotation must close for the stop to end no sentence
_QUOTES = (('"', '"'), ("“", "”"), ("«", "»"))  # opening and closing double quotes; single ones double as apostrophes
_WRAPPED = re.compile(r"[.!?…]\s|(?:^|\s)[a-zа-яё]{1,2}$")  # a sentence ends inside the line, or it ends on "в", "of"


class Passage(NamedTuple):
    """A sentence to index, before it is prepared."""

    kind: PassageKind
    text: str
    section_id: str | None
    order: int  # position among its section's sentences (notes) or the source's sentences
    paragraph: int  # paragraph number within the section or source: sentences of one paragraph go on together
    keyed: str | None = None  # the text its keys come from, when not `text`


def join_lines(text: str) -> list[str]:
    """The paragraphs of a text, each with its wrapped lines joined by spaces. A blank line,
    a list item, or a short line without a final stop before a capitalised line (a heading)
    ends a paragraph."""
    paragraphs: list[str] = []
    current: list[str] = []
    lines = [line.strip() for line in text.splitlines()]
    for i, line in enumerate(lines):
        if not line:
            if current:
                paragraphs.append(" ".join(current))
                current = []
            continue
        if current and _BULLET.match(line) and not _dash_goes_on(current, line):
            paragraphs.append(" ".join(current))
            current = []
        current.append(line)
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if _is_heading(line, nxt):
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return paragraphs


def _dash_goes_on(current: list[str], line: str) -> bool:
    """Does a line that opens with a dash go on with the sentence the lines before leave open ("... a 12 декабря\n—
    Верховный Совет РСФСР"), rather than open a list item? Not in a list, nor after a line that ends a sentence or
    announces a list (":")."""
    return bool(_DASH.match(line)) and not _BULLET.match(current[0]) and current[-1].rstrip(_CLOSERS)[-1:] not in _FINAL


def _is_heading(line: str, nxt: str) -> bool:
    """A short line without a final stop followed by a capitalised line (or a list item)."""
    if not nxt or line.rstrip(_CLOSERS)[-1:] in _FINAL or len(line.split()) > HEADING_WORDS:
        return False
    if _WRAPPED.search(line):  # "государства. Поста президента в": prose wrapped before a capital
        return False
    return nxt[:1].isupper() or bool(_BULLET.match(nxt))


def sentences(text: str, words: TutorWords, stop: frozenset[str] = frozenset()) -> list[tuple[int, str]]:
    """(paragraph number, sentence) for every sentence of a text; `stop`: the language's stop words and clause breaks,
    which open a sentence after an abbreviation that closes a phrase."""
    out: list[tuple[int, str]] = []
    for number, paragraph in enumerate(join_lines(text)):
        paragraph = _BULLET.sub("", paragraph, count=1) if _BULLET.match(paragraph) else paragraph
        out.extend((number, s) for s in _split(paragraph, words, stop))
    return out


def is_heading(sentence: str) -> bool:
    """Is a piece of prose (its number taken off) a heading: a short run of words with no final stop ("Tides and
    currents", "The second voyage: 1831-1836")? A sentence ends with one."""
    return sentence.rstrip(_CLOSERS)[-1:] not in _FINAL and len(sentence.split()) <= HEADING_PARAGRAPH_WORDS


def _split(paragraph: str, words: TutorWords, stop: frozenset[str]) -> list[str]:
    """A paragraph cut into sentences (see the module's description)."""
    parts: list[str] = []
    start = 0
    for m in _END.finditer(paragraph):
        if _quoting(paragraph[start:m.end()], paragraph[m.end():m.end() + QUOTE_REACH]):
            continue
        if m.group().startswith(".") and len(m.group().rstrip(_CLOSERS)) == 1 and _no_end(
                paragraph[:m.start() + 1], _WORD_AFTER.match(paragraph, m.end()), words, stop):
            continue
        piece = paragraph[start:m.end()].strip()
        if piece:
            parts.append(piece)
        start = m.end()
    rest = paragraph[start:].strip()
    if rest:
        parts.append(rest)
    return parts


def _quoting(piece: str, after: str) -> bool:
    """Does a stop at the end of `piece` fall inside a quotation of two sentences or more, one that `piece` opens and
    leaves open and `after` closes ("Houston, we landed. All is well.")?"""
    for opening, closing in _QUOTES:
        if opening == closing:
            if piece.count(opening) % 2 == 1 and closing in after:
                return True
        elif piece.count(opening) > piece.count(closing) and closing in after:
            return True
    return False


def _no_end(before: str, after: re.Match[str] | None, words: TutorWords, stop: frozenset[str]) -> bool:
    """Does the stop at the end of `before` close an abbreviation or an initial rather than a sentence? `after`: the
    word after the stop."""
    m = _WORD_BEFORE.search(before)
    if m is None:
        return False
    word = m.group(1)
    if len(word) == 1 and word.isupper():  # an initial: "J. Tuzo Wilson", "М. С. Горбачёв"; not the last letter
        return not before[:m.start()][-1:].isalnum()  # of a formula or a code ("... gives H2O. Then", "TR4B.")
    folded = word.casefold()
    if folded not in words.abbreviations:
        return False
    # "etc. The", "в 212 г. до н. э. Его": a word that only opens sentences, not an initial ("г. В. И. Ленин")
    return not (folded in words.closing_abbreviations and after is not None and not after.group(2)
                and after.group(1).casefold() in stop)



def passages(pack: Pack, words: TutorWords, stop: frozenset[str] = frozenset()) -> Iterator[Passage]:
    """Every passage of a pack: a line naming the source and its author, the sentences
    of each section's notes, and the sentences of the source text (`stop`: as `sentences` reads it)."""
    source = pack.source
    if source.title and source.author:
        year = f" ({source.year})" if source.year else ""
        yield Passage("source", f'The article "{source.title}" was written by {source.author}{year}.', None, 0, -1,
                      keyed=f"The article was written by {source.author}{year}.")
    for section in pack.sections:
        for order, (paragraph, sentence) in enumerate(sentences(section.notes, words, stop)):
            yield Passage("note", sentence, section.id, order, paragraph)
    text = pack.source_text()  # None when the pack names none or it cannot be read
    order = 0
    for paragraph, sentence in sentences((text or "")[:MAX_SOURCE_CHARS], words, stop):
        if len(sentence.split()) >= MIN_SOURCE_WORDS:
            order += 1
            yield Passage("heading" if is_heading(sentence) else "source", sentence, None, order, paragraph)
