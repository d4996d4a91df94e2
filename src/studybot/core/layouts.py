"""Text typed with the other keyboard layout on: the keys of the US layout (QWERTY) pressed for the standard
Russian one (ЙЦУКЕН) or the other way round. "ldbufntkm" is "двигатель" typed with the Latin layout on,
"yt pyf." is "не знаю", "сщьзкуыыщк" is "compressor" typed with the Russian layout on. The keys that are
letters in Russian and punctuation in English (";" ж, "'" э, "[" х, "]" ъ, "," б, "." ю, "`" ё) are read as
the letters; the Russian layout's punctuation sits on other keys ("/" is ".", "?" is ",", "&" is "?").

A keyboard fact, the same for every text: no word of any subject is named here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from typing import Literal

__all__ = ["Layout", "has_letters_of", "in_layout", "is_symbol", "layout_of", "pack_layout", "read_keys",
           "slash_command", "typed_for"]

Layout = Literal["ru", "en"]

# the keys in order, unshifted and shifted: what each layout gives for one key
_EN_KEYS = "`qwertyuiop[]asdfghjkl;'zxcvbnm,./" + '~QWERTYUIOP{}ASDFGHJKL:"ZXCVBNM<>?' + '@#$^&'
_RU_KEYS = "ёйцукенгшщзхъфывапролджэячсмитьбю." + "ЁЙЦУКЕНГШЩЗХЪФЫВАПРОЛДЖЭЯЧСМИТЬБЮ," + '"№;:?'
_TO_RU = str.maketrans(_EN_KEYS, _RU_KEYS)
# the other way only letters: a Russian text's own "." and "," are left as they are (they are more often the
# learner's punctuation than the keys of "/" and "?")
_TO_EN = str.maketrans({ru: en for ru, en in zip(_RU_KEYS, _EN_KEYS, strict=True) if ru.isalpha()})
_LATIN = re.compile(r"[a-z]", re.IGNORECASE)
_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
_OTHER_LETTER = re.compile(r"[^\W\d_a-zа-яё]", re.IGNORECASE)


def in_layout(text: str, layout: Layout) -> str:
    """`text` as the keys it was typed with read in `layout` ("ghbdtn" in "ru": "привет"; "руддщ" in "en":
    "hello"). Characters that are not on those keys stay as they are."""
    return text.translate(_TO_RU if layout == "ru" else _TO_EN)


def has_letters_of(text: str, layout: Layout) -> bool:
    """Does `text` hold a letter of `layout` (a Latin one for "en", a Cyrillic one for "ru")?"""
    return bool((_LATIN if layout == "en" else _CYRILLIC).search(text))


def layout_of(text: str) -> Layout | None:
    """The layout every letter of `text` was typed in: "en" for Latin letters only, "ru" for Cyrillic only; None
    for no letter, both, or a letter of another script."""
    if _OTHER_LETTER.search(text):
        return None
    latin, cyrillic = bool(_LATIN.search(text)), bool(_CYRILLIC.search(text))
    return "en" if latin and not cyrillic else "ru" if cyrillic and not latin else None


# the Latin keys that are sentence punctuation in the Russian layout ("&" is "?", "^" is ":"), read even after a
# symbol typed right ("pH&": "pH?")
_SENTENCE_KEYS = re.compile(r"[&?^$/]+$")
_SPACES = re.compile(r"(\s+)")
_LOOKALIKES = "авекмнорстух"  # Cyrillic letters drawn like Latin ones


def is_symbol(token: str) -> bool:
    """Is a token a symbol, the same in any layout: a figure with a unit ("5km", "5км"), Latin letters with a
    figure ("CO2", "IPv6"), Cyrillic letters drawn like Latin ones with a figure ("СО2": `translit.as_latin`
    reads them), letters in mixed case ("pH", "NaCl")? Other Cyrillic letters with a figure are keys of the
    Russian layout pressed for Latin ones ("шзм6": "ipv6")."""
    letters = "".join(c for c in token if c.isalpha())
    if not letters or token[:1].isdigit() or not (letters.islower() or letters.isupper() or letters.istitle()):
        return True
    return any(c.isdigit() for c in token) and (letters.isascii() or not letters.casefold().strip(_LOOKALIKES))


def read_keys(text: str, meant: Layout, keep: Callable[[str], bool] = is_symbol) -> str | None:
    """`text` with its tokens typed in the other layout read in `meant`, but those `keep` keeps as typed (symbols
    by default); None when no token is read. "Rnj ddtk gjyznbt pH&": "Кто ввел понятие pH?"; the Russian
    layout's "," at the end of a text is the "?" key ("рщц ьфтн,": "how many?")."""
    typed: Layout = "en" if meant == "ru" else "ru"
    out: list[str] = []
    changed = False
    for token in _SPACES.split(text):
        if layout_of(token) != typed:
            out.append(token)
        elif keep(token):
            tail = _SENTENCE_KEYS.search(token) if meant == "ru" else None
            out.append(token if tail is None else token[:tail.start()] + in_layout(tail.group(0), meant))
        else:
            out.append(in_layout(token, meant))
            changed = True
    read = "".join(out)
    return (read[:-1] + "?" if meant == "en" and read.endswith(",") else read) if changed else None


_PACK_LAYOUTS: dict[str, Layout] = {"ru": "ru", "en": "en"}  # the pack languages whose standard layout is known


def pack_layout(code: str) -> Layout | None:
    """The keyboard layout a pack's language is typed in (None: a language whose layout is not known here)."""
    return _PACK_LAYOUTS.get(code)


def typed_for(text: str, code: str) -> str:
    """`text` read in the layout of a pack's language `code` where it was typed in the other one ("yt pyf." on a
    Russian pack: "не знаю"), symbols kept ("pH"); else "" (as written, or a language whose layout is not known)."""
    meant = pack_layout(code)
    return (read_keys(text, meant) or "") if meant is not None else ""


def slash_command(line: str, names: Collection[str]) -> str:
    """A /command typed with the Russian layout on, as typed in the Latin one: that layout's "." is the key of
    "/" (".ршче" is "/hint" when `names` has "hint"); any other line as it is."""
    head, space, rest = line.partition(" ")
    if not head.startswith(".") or layout_of(head[1:]) != "ru":
        return line
    name = in_layout(head[1:], "en").lower()
    return f"/{name}{space}{rest}" if name in names else line
