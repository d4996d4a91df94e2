"""A pack as an Anki deck (.apkg), written with genanki.

One note a card. Cloze cards become Anki cloze notes: every blank is `c1`, so one
Anki card hides them all, as studybot asks them (an alternative answer `{{a|b}}`
keeps `a` and lists `b` under "also right"). The other kinds become notes of a
"type the answer" note type, their options or items shown under the prompt.
Each note carries its section as a tag (with the card's own tags), its card id,
and a GUID made from the pack id and card id, so a deck exported again updates the
notes Anki already has instead of adding copies; the note types and the deck keep
fixed ids for the same reason. Every field is sanitised text, HTML-escaped.
"""

from __future__ import annotations

import hashlib
import html
import re
import tempfile
from pathlib import Path
from typing import Final, NamedTuple
from unittest import mock

import genanki

from ..how_to_answer import points_text
from ..packs import Card, Pack
from ..packs.model import CLOZE_PROMPTS
from ..text import clean

__all__ = ["CLOZE_FIELDS", "CLOZE_MODEL_NAME", "TYPED_FIELDS", "TYPED_MODEL_NAME", "AnkiDeck", "apkg_bytes",
           "note_guid"]

TYPED_MODEL_NAME: Final = "studybot: type the answer"
CLOZE_MODEL_NAME: Final = "studybot: cloze"
TYPED_FIELDS: Final = ("Prompt", "Answer", "Choices", "Explanation", "Section", "Kind", "Card ID")
CLOZE_FIELDS: Final = ("Text", "Extra", "Prompt", "Section", "Card ID")
_TYPED_MODEL_ID: Final = 1903043653  # fixed forever: Anki matches note types by id
_CLOZE_MODEL_ID: Final = 1242060099
_CSS: Final = (".card { font-family: sans-serif; font-size: 20px; text-align: left; color: black; "
               "background-color: white; }\n.choices { margin-top: 0.6em; }\n.section { color: #666; "
               "font-size: 14px; }\n")
_BLANK: Final = re.compile(r"\{\{(.*?)\}\}", re.DOTALL)

_TYPED_MODEL: Final = genanki.Model(
    _TYPED_MODEL_ID, TYPED_MODEL_NAME, fields=[{"name": name} for name in TYPED_FIELDS],
    templates=[{
        "name": "Type the answer",
        "qfmt": "{{Prompt}}{{#Choices}}<div class=choices>{{Choices}}</div>{{/Choices}}\n\n{{type:Answer}}",
        "afmt": "{{Prompt}}{{#Choices}}<div class=choices>{{Choices}}</div>{{/Choices}}\n\n<hr id=answer>\n"
                "{{type:Answer}}{{#Explanation}}<br><br>{{Explanation}}{{/Explanation}}"
                "<div class=section>{{Section}}</div>",
    }], css=_CSS)

_CLOZE_MODEL: Final = genanki.Model(
    _CLOZE_MODEL_ID, CLOZE_MODEL_NAME, fields=[{"name": name} for name in CLOZE_FIELDS],
    templates=[{
        "name": "Cloze",
        "qfmt": "{{#Prompt}}{{Prompt}}<br><br>{{/Prompt}}{{cloze:Text}}\n\n{{type:cloze:Text}}",
        "afmt": "{{#Prompt}}{{Prompt}}<br><br>{{/Prompt}}{{cloze:Text}}\n\n{{type:cloze:Text}}"
                "{{#Extra}}<br><br>{{Extra}}{{/Extra}}<div class=section>{{Section}}</div>",
    }], css=_CSS, model_type=genanki.Model.CLOZE)


class AnkiDeck(NamedTuple):
    """An exported deck: the .apkg bytes and how many notes of each note type it holds."""

    data: bytes
    typed: int
    cloze: int

    @property
    def notes(self) -> int:
        return self.typed + self.cloze


def _field(text: str) -> str:
    """Pack text as an Anki field: sanitised, HTML-escaped, line breaks as <br>."""
    return html.escape(clean(text).strip()).replace("\n", "<br>")


def _tag(text: str) -> str:
    return re.sub(r"\s+", "_", clean(text, multiline=False).strip())


def note_guid(pack_id: str, card_id: str) -> str:
    """The GUID of a card's note: the same on every export of the same pack and card."""
    return str(genanki.guid_for("studybot", pack_id, card_id))


def _deck_id(pack_id: str) -> int:
    return (1 << 30) + int(hashlib.sha256(f"studybot deck {pack_id}".encode()).hexdigest()[:7], 16)


def _choices(card: Card, language: str = "en") -> str:
    letters = "abcdefghijklmnopqrstuvwxyz"
    if card.kind == "choice":
        return "<br>".join(f"{letters[i]}) {_field(o)}" for i, o in enumerate(card.options))
    if card.kind == "order":
        return "<br>".join(f"{i}. {_field(item)}" for i, item in enumerate(card.shown_items, 1))
    if card.kind in ("list", "explain"):
        return _field(points_text(card.needed, language))  # in the pack's language, as the app says it
    return ""


def _cloze_text(card: Card) -> tuple[str, str]:
    """(the text with every blank as c1, the alternatives also accepted)."""
    text, also, parts, last = card.text or "", [], [], 0
    for match in _BLANK.finditer(text):
        wordings = [w.strip() for w in match.group(1).split("|") if w.strip()]
        parts.append(_field(text[last:match.start()]))
        parts.append("{{c1::" + _field(wordings[0]).replace("::", ": :").replace("}}", "} }") + "}}")
        also += wordings[1:]
        last = match.end()
    parts.append(_field(text[last:]))
    return "".join(parts), ", ".join(also)


def _note(pack: Pack, card: Card) -> genanki.Note:
    section = pack.section(card.section)
    title = section.title if section is not None else card.section
    tags = list(dict.fromkeys(t for t in (_tag(card.section), *map(_tag, card.tags)) if t))
    guid = note_guid(pack.id, card.id)
    if card.kind == "cloze":
        text, also = _cloze_text(card)
        extra = _field(card.explanation) + (("<br>" if card.explanation else "") + "Also right: " + _field(also)
                                            if also else "")
        prompt = "" if card.prompt in CLOZE_PROMPTS.values() else _field(card.prompt)
        return genanki.Note(model=_CLOZE_MODEL, fields=[text, extra, prompt, _field(title), _field(card.id)],
                            tags=tags, guid=guid)
    fields = [_field(card.prompt), _field(card.answer), _choices(card, pack.language), _field(card.explanation),
              _field(title), card.kind, _field(card.id)]
    return genanki.Note(model=_TYPED_MODEL, fields=fields, tags=tags, guid=guid)


def apkg_bytes(pack: Pack, timestamp: float | None = None) -> AnkiDeck:
    """The pack as an .apkg file's bytes (genanki writes its collection in a temporary
    folder that is removed afterwards)."""
    deck = genanki.Deck(_deck_id(pack.id), clean(pack.title, multiline=False).replace("::", ":") or pack.id,
                        description=_field(pack.source.title or ""))
    typed = cloze = 0
    for card in pack.cards:
        deck.add_note(_note(pack, card))
        cloze += card.kind == "cloze"
        typed += card.kind != "cloze"
    with tempfile.TemporaryDirectory(prefix="studybot-apkg-") as folder:
        target = Path(folder) / "deck.apkg"
        # genanki leaves its scratch database in the temp folder: keep it inside ours
        with mock.patch.object(tempfile, "tempdir", folder):
            genanki.Package(deck).write_to_file(str(target), timestamp=timestamp)
        return AnkiDeck(target.read_bytes(), typed, cloze)
