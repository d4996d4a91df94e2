"""`clean`, the one sanitiser every output goes through (terminal, CSV, JSON), and the
stream that applies it to everything a command prints."""

from __future__ import annotations

import io
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from studybot.core.text import CleanWriter, clean, clean_data

WORLD = "café Москва 東京 العربية 😀"  # letters of several scripts and an emoji
REMOVED = ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp")


def unsafe(text: str, allowed: str = "\n") -> list[str]:
    return [f"U+{ord(c):04X}" for c in text if c not in allowed and unicodedata.category(c) in REMOVED]


def check_code_points(points) -> None:
    every = "".join(chr(c) for c in points)
    cleaned = clean(every)
    assert not unsafe(cleaned)
    assert not unsafe(clean(every, multiline=False), allowed="")
    kept = {c for c in every if unicodedata.category(c) not in REMOVED}
    assert set(cleaned) - {"\n", " "} <= kept and kept <= set(cleaned)  # nothing visible lost


def test_every_control_format_and_private_character_of_the_bmp_goes():
    check_code_points([*range(0x10000), *range(0xE0000, 0xE0080), *range(0xF0000, 0xF0010)])


@pytest.mark.slow
def test_every_control_format_and_private_character_goes():
    check_code_points(range(0x110000))  # every code point, surrogates included


def test_sequences_go_whole_with_their_payload():
    cases = {
        "a\x1b]0;new title\x07b": "ab",  # window title
        "a\x1b]52;c;Y2xpcA==\x1b\\b": "ab",  # clipboard, ended by ST
        "a\x1b]8;;https://x\x07link\x1b]8;;\x07b": "alinkb",  # hyperlink: its text stays
        "a\x1b[2J\x1b[1;31mb": "ab",  # clear screen, colour
        "a\x9b2Jb": "ab",  # 8-bit CSI
        "a\x1bPq#0;2;0;0;0\x1b\\b": "ab",  # DCS (sixel)
        "a\x1b(Bb\x1b": "ab",  # charset, a lone ESC at the end
        "a\u202eb\u2066c\u200dd\ufeffe\U000e0041f": "abcdef",  # bidi, zero-width, BOM, tag
        "a\rb\x00c\x07d\x7fe\x85f": "abcd" + "e\nf",  # CR, NUL, BEL, DEL removed; NEL is a line break
        "a\u2028b\u2029c\td": "a\nb\nc    d",
        WORLD: WORLD,  # letters of every script, emoji: kept
    }
    for raw, expected in cases.items():
        assert clean(raw) == expected, repr(raw)
    assert clean("a\nb\tc", multiline=False) == "a b c"


def test_printable_ascii_is_returned_as_it_is():
    text = "Exports fell by 19% [bold]x[/] in 2019."
    assert clean(text) is text


@given(st.text())
def test_clean_leaves_nothing_unsafe_and_is_stable(text):
    once = clean(text)
    assert not unsafe(once)
    assert clean(once) == once


def test_clean_data_cleans_every_string_and_key():
    data = {"k\x1b[2J": ["a\u202eb", ("c\x07", 3)], "n": None, "x": 1.5, "t": True}
    assert clean_data(data) == {"k": ["ab", ["c", 3]], "n": None, "x": 1.5, "t": True}


def test_the_writer_cleans_every_write_even_a_sequence_split_in_two():
    out = io.StringIO()
    writer = CleanWriter(out)
    writer.write("title \x1b")
    writer.write("]0;owned\x07 and \u202e")
    writer.write("done\n")
    assert "\x1b" not in out.getvalue() and "\x07" not in out.getvalue() and "\u202e" not in out.getvalue()
    assert out.getvalue().startswith("title ") and out.getvalue().endswith("done\n")
    print("\x9b2J ok", file=writer)
    assert out.getvalue().endswith(" ok\n")


def test_the_fast_path_only_skips_characters_that_always_stay():
    """`clean` looks only at characters outside the blocks it lets through whole (Cyrillic,
    Latin letters, dashes and quotes...): every one of those must come out as it went in."""
    from studybot.core.text import _SUSPECT, _fate
    kept = [chr(c) for c in range(0x80, 0x3000) if not _SUSPECT.match(chr(c))]
    assert len(kept) > 800  # the blocks are there
    assert [ch for ch in kept if _fate(ch, True) != ch or _fate(ch, False) != ch] == []
    assert clean("Ёлка\u00ad — «ёж»\u202e", multiline=False) == "Ёлка — «ёж»"  # soft hyphen and bidi go
