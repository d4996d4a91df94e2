"""A Russian adjective of being against, made with "анти-", said by "против": "антипольский союз" is "союз против
Польши", "антифранцузская коалиция" "коалиция против Франции", "антиправительственный заговор" "заговор против
правительства". The adjective is read as "против" and the adjective without its prefix ("против польский союз"),
which names the same people, land or body as the noun ("польский" / "Польша", a demonym's suffix), so either
wording makes a point said with the other. Only adjectives in "-ский" / "-цкий" (of a people, a land, a party) and
"-нный" ("антивоенный") whose rest is a word of five letters or more; not "-ческий", the terms of science
("антисептический", "антициклонический": a kind, not a side), nor nouns ("антиклиналь", "антитела", "антифриз"). A
rule of Russian, no word of a text."""

from __future__ import annotations

import re

__all__ = ["against_said"]

_ENDINGS = "ий|ый|ая|ое|ие|ые|ого|ой|ую|их|ых|им|ым|ими|ыми|ом|ому"
_ANTI = re.compile(rf"\bанти-?([^\W\d_]{{3,}}(?:(?<!че)ск|цк|нн)(?:{_ENDINGS}))\b")


def against_said(text: str) -> str:
    """`text` (normalised Russian) with "антипольский союз" read as "против польский союз"."""
    return _ANTI.sub(r"против \1", text) if "анти" in text else text
