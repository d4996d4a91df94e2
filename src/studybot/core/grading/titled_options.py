"""A choice answered by the title the notes give an option's person ("the governor-general" for the option "Michael
Miloradovich", where the notes say "Governor-General Michael Miloradovich rescued people in boats"; "генерал-губернатор"
for "Михаил Милорадович"): the learner names the person by the post the text puts right before the name. Only when
the answer's words all stand among the few words before one option's name, and before no other option's, where
the text writes the option as a name (capitalised: "glycolysis runs in the cytoplasm" makes "glycolysis" no title
of the option "In the cytoplasm"); a rule of how texts name people, no word of a text."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from ..matching import Prepared

__all__ = ["option_by_title"]

_BEFORE = 3  # words before a name read as its title
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_PAUSE = re.compile(r"[.;:!?()\[\]«»\"]")  # the end of a sentence or of a bracket: a title stands after it
_APART = "\x00"  # (sets the texts apart when they are searched as one)


def _titles(option: str, texts: tuple[str, ...]) -> tuple[str, ...]:
    """The few words each text puts right before the option's name, in its sentence."""
    if not _WORD.search(option):
        return ()
    name = re.compile(r"\s+".join(map(re.escape, option.split())), re.IGNORECASE)  # (lines wrapped)
    out = []
    for prefix, m in _found(name, texts):
        if not m.group(0).split()[-1][:1].isupper():
            continue  # no name as the text writes it: "glycolysis runs in the cytoplasm" gives no title
        before = _PAUSE.split(prefix)[-1]
        words = _WORD.findall(before)[-_BEFORE:]
        if words:
            out.append(" ".join(words))
    return tuple(out)


def _found(name: re.Pattern[str], texts: tuple[str, ...]) -> Iterator[tuple[str, re.Match[str]]]:
    """Each place a name is written in the texts, in order: (the text before it, up to the text's start, as
    the text writes it; the match). The texts are searched as one, set apart by a character no name and no text
    holds (a pack has thousands of texts, a name only a few places): the same places as text by text."""
    joined = _APART.join(texts)
    if joined.count(_APART) != len(texts) - 1 or _APART in name.pattern:
        for text in texts:  # (a text that holds the character: text by text)
            yield from ((text[:m.start()], m) for m in name.finditer(text))
        return
    for m in name.finditer(joined):
        start = joined.rfind(_APART, 0, m.start()) + 1
        yield joined[start:m.start()], m


def option_by_title(options: Sequence[str], got: Prepared, texts: tuple[str, ...], prep: Callable[[str], Prepared],
                    kept: Callable[..., tuple[str, ...]]) -> int | None:
    """The one option whose name the answer calls by the words the texts put before it, or None. `kept(key, make,
    *args)`: the grader's memo of what it reads from texts alone (`GraderBase.by_texts`), which keeps an option's
    titles by the option, its only memo (a memo keyed by the texts too would hash the pack's thousands of texts for
    every option asked, which cost more than grading a whole short answer)."""
    said = {got.stems[i] for i in got.content()}
    if not said or len(said) > _BEFORE or not texts:
        return None
    fits = [i for i, option in enumerate(options)
            if any(said <= set(prep(title).stems) for title in kept(("option titles", option), _titles, option, texts))]
    return fits[0] if len(fits) == 1 else None
