"""A choice answered by the title the notes give an option's person ("the governor-general" for the option "Michael
Miloradovich", where the notes say "Governor-General Michael Miloradovich rescued people in boats"; "генерал-губернатор"
for "Михаил Милорадович"): the learner names the person by the post the text puts right before the name. Only when
the answer's words all stand among the few words before one option's name, and before no other option's, where
the text writes the option as a name (capitalised: "glycolysis runs in the cytoplasm" makes "glycolysis" no title
of the option "In the cytoplasm"); a rule of how texts name people, no word of a text."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..matching import Prepared
from ..memos import memoised

__all__ = ["option_by_title"]

_BEFORE = 3  # words before a name read as its title
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@memoised(1024)  # (a pure function of the card's option and the pack's texts, asked again for every answer)
def _titles(option: str, texts: tuple[str, ...]) -> tuple[str, ...]:
    """The few words each text puts right before the option's name, in its sentence."""
    if not _WORD.search(option):
        return ()
    out = []
    for text in texts:
        for m in re.finditer(r"\s+".join(map(re.escape, option.split())), text, re.IGNORECASE):  # (lines wrapped)
            if not m.group(0).split()[-1][:1].isupper():
                continue  # no name as the text writes it: "glycolysis runs in the cytoplasm" gives no title
            before = re.split(r"[.;:!?()\[\]«»\"]", text[:m.start()])[-1]
            words = _WORD.findall(before)[-_BEFORE:]
            if words:
                out.append(" ".join(words))
    return tuple(out)


def option_by_title(options: Sequence[str], got: Prepared, texts: Sequence[str],
                    prep: Callable[[str], Prepared]) -> int | None:
    """The one option whose name the answer calls by the words the texts put before it, or None."""
    said = {got.stems[i] for i in got.content()}
    if not said or len(said) > _BEFORE or not texts:
        return None
    fits = [i for i, option in enumerate(options)
            if any(said <= set(prep(title).stems) for title in _titles(option, tuple(texts)))]
    return fits[0] if len(fits) == 1 else None
