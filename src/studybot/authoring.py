"""Instructors' commands: `cards`, `show`, `units`, `import`, `export-anki`.

`studybot cards PACK` lists a pack's sections and cards; `studybot show PACK CARD`
prints a card as the learner sees it, with its hints and everything the grader
accepts; `studybot units mph балл` says how the grader reads a numeric card's unit (a
kind it converts, money, or the word for what is counted); `studybot export-anki PACK
--out deck.apkg` writes an Anki deck; `studybot import FILE --out pack.yaml` makes a pack from an Anki, Quizlet or CSV
export. Every printed line goes through `core.text.clean`; files are written to a
temporary file and renamed into place, never over an existing file without --force.
Exit codes: 0 done, 1 a failure (said in one line on stderr), 2 no such card or
section.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from .arguments import out_arg
from .core.packs import Card, Pack, PackError, load_pack
from .core.packs.reader import suggest
from .core.text import clean, counted

__all__ = ["COMMANDS", "add_parsers", "run", "write_new_file"]

COMMANDS = ("cards", "show", "units", "import", "export-anki")


class Failure(Exception):
    """What went wrong, in one line for stderr; `code` is the exit status."""

    def __init__(self, message: str, code: int = 1):
        super().__init__(message)
        self.code = code


def add_parsers(sub: Any) -> None:
    """The instructors' subcommands, on the main parser's subparsers."""
    cards = sub.add_parser("cards", help="list a pack's sections and cards (id, kind, prompt)")
    cards.add_argument("pack", metavar="PACK")
    cards.add_argument("--section", default=None, help="only this section (its id)")
    cards.add_argument("--json", action="store_true", help="machine-readable output")

    show = sub.add_parser("show", help="print a card as the learner sees it, with its hints and what is accepted")
    show.add_argument("pack", metavar="PACK")
    show.add_argument("card", metavar="CARD_ID")
    show.add_argument("--json", action="store_true", help="machine-readable output")

    units = sub.add_parser("units", help="how the grader reads a numeric card's unit (is 'mph' known? 'балл'?)")
    units.add_argument("units", nargs="+", metavar="UNIT", help="a unit as a card's `number.unit` would write it")

    export = sub.add_parser("export-anki", help="write the pack as an Anki deck (.apkg)")
    export.add_argument("pack", metavar="PACK")
    export.add_argument("--out", required=True, metavar="FILE", type=out_arg, help="the .apkg file to write")
    export.add_argument("--force", action="store_true", help="replace FILE if it exists")

    imp = sub.add_parser("import", help="make a pack from an Anki text export, a Quizlet export or a CSV file")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--out", required=True, metavar="FILE", type=out_arg, help="the pack (.yaml) to write")
    imp.add_argument("--from", dest="fmt", choices=("anki", "quizlet", "csv"), default=None,
                     help="the export's kind (default: guessed from its header and suffix)")
    imp.add_argument("--id", dest="pack_id", default=None, help="the pack id (default: from the file name)")
    imp.add_argument("--title", default=None, help="the pack title (default: the deck's or the file's name)")
    imp.add_argument("--language", choices=("en", "ru"), default="en", help="the pack's language (default en)")
    imp.add_argument("--prompt", choices=("term", "definition"), default="term",
                     help="which side is the question (default: the term, i.e. the first field)")
    imp.add_argument("--term-sep", default="\t", help="Quizlet: between term and definition (default: tab)")
    imp.add_argument("--row-sep", default="\n", help="Quizlet: between rows (default: new line)")
    imp.add_argument("--force", action="store_true", help="replace the pack file if it exists")


def run(args: argparse.Namespace) -> int:
    """Run one of COMMANDS; failures are one line on stderr and a non-zero status."""
    handlers = {"cards": cmd_cards, "show": cmd_show, "units": cmd_units, "import": cmd_import,
                "export-anki": cmd_export_anki}
    try:
        return handlers[args.command](args)
    except Failure as exc:
        print(clean(f"studybot {args.command}: {exc}"), file=sys.stderr)
        return exc.code


def say(text: str = "") -> None:
    """Print pack or learner text, sanitised."""
    print(clean(text))


def _pack(path: str) -> Pack:
    try:
        return load_pack(Path(path))
    except PackError as exc:
        if len(exc.problems) == 1:  # one line, as every other failure ("x.yaml:1:1: error: no such file")
            raise Failure(str(exc.problems[0])) from None
        shown = "\n".join(str(p) for p in exc.problems[:5])
        more = f"\n… and {len(exc.problems) - 5} more" if len(exc.problems) > 5 else ""
        raise Failure(f"{path} has problems (studybot validate {path}):\n{shown}{more}") from None


def write_new_file(path: str | Path, data: bytes, *, force: bool) -> Path:
    """Write `data` to a temporary file beside `path` and rename it into place; refuses to
    replace an existing file unless `force`."""
    target = Path(path)
    if target.exists() and not force:
        raise Failure(f"{target} already exists; give --force to replace it")
    if target.is_dir():
        raise Failure(f"{target} is a folder")
    if not target.parent.is_dir():
        raise Failure(f"the folder {target.parent} does not exist")
    temp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        with open(temp, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise Failure(f"cannot write {target}: {exc.strerror or exc}") from None
    return target


# ------------------------------------------------------------------ cards and show


def cmd_cards(args: argparse.Namespace) -> int:
    from .core.browse import asks  # (not at start-up: browse reads the language tables)

    pack = _pack(args.pack)
    sections = pack.sections
    if args.section is not None:
        if pack.section(args.section) is None:
            raise Failure(f"no section '{args.section}' in {args.pack}"
                          f"{suggest(args.section, pack.sections_by_id)}; sections: "
                          f"{', '.join(pack.sections_by_id)}", 2)
        sections = tuple(s for s in sections if s.id == args.section)
    by_section = {s.id: [c for c in pack.cards if c.section == s.id] for s in sections}
    if args.json:
        say(json.dumps({"pack": pack.id, "title": pack.title, "sections": [
            {"id": s.id, "title": s.title, "line": s.line, "cards": [
                {"id": c.id, "kind": c.kind, "prompt": c.prompt, "line": c.line} for c in by_section[s.id]]}
            for s in sections]}, ensure_ascii=False, indent=2))
        return 0
    say(f"{pack.title} ({pack.id}): {counted(len(pack.sections), 'section')}, {counted(len(pack.cards), 'card')}")
    width = max((len(c.id) for cards in by_section.values() for c in cards), default=10)
    for section in sections:
        cards = by_section[section.id]
        say()
        say(f"{section.id} · {section.title} · {len(cards)} card{'s' if len(cards) != 1 else ''}")
        for card in cards:
            say(f"  {card.id:<{width}}  {card.kind:<8} {clean(asks(card), multiline=False)}")  # a cloze by its text
    return 0


def _card(pack: Pack, card_id: str, path: str) -> Card:
    card = pack.card(card_id)
    if card is None:
        raise Failure(f"no card '{card_id}' in {path}{suggest(card_id, pack.cards_by_id)}", 2)
    return card


def accepted(card: Card) -> list[str]:
    """What the grader takes as right, one line each, as `show` prints it."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    lines = [f"answer: {card.answer}"]
    lines += [f"also: {a}" for a in card.accept]
    if card.number is not None:
        spec = card.number
        how = (f"within {spec.tolerance * 100:g}% ({spec.allowed():g})" if spec.relative
               else f"within ±{spec.tolerance:g}" if spec.tolerance else "exactly")
        value = f"{int(spec.value):,}" if spec.value.is_integer() else f"{spec.value:g}"
        lines.append(f"figure: {value}{' ' + spec.unit if spec.unit else ''}, {how}; any magnitude or "
                     "unit that converts")
    if card.date is not None:
        lines.append(f"date: {card.date}, to the {card.precision or 'day'}")
    if card.keypoints:
        lines.append(f"keypoints: {card.needed} of {len(card.keypoints)} needed")
        lines += [f"  - {k.point}" + (f" (also: {', '.join(k.accept)})" if k.accept else "") for k in card.keypoints]
    if card.kind == "choice":
        lines.append(f"choice: {letters[card.options.index(card.answer)]}) or the option's words")
    if card.kind == "order":
        shown = card.shown_items
        numbers = " ".join(str(shown.index(item) + 1) for item in card.items)
        lines.append(f"order: {numbers} (the numbers as shown), or the items' words in order")
    for number, blank in enumerate(card.blanks, 1):
        lines.append(f"blank {number}: {' or '.join(blank)}")
    return lines


def cmd_units(args: argparse.Namespace) -> int:
    from .core.unit_catalogue import read_unit, said

    for unit in args.units:
        if not unit.strip():
            raise Failure("an empty unit; write a unit as a card's number.unit would ('mph', 'кэВ', '%')")
        say(said(read_unit(unit.strip())))
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from .present import hint_text, question_text

    pack = _pack(args.pack)
    card = _card(pack, args.card, args.pack)
    section = pack.section(card.section)
    hints = list(dict.fromkeys(hint_text(card, level, pack.language) for level in (1, 2, 3)))  # as a learner reads
    if args.json:
        say(json.dumps({"card": card.id, "kind": card.kind, "section": card.section, "line": card.line,
                        "question": question_text(card, pack.language), "hints": hints, "accepted": accepted(card),
                        "mistakes": [{"match": list(m.match), "feedback": m.feedback} for m in card.mistakes],
                        "explanation": card.explanation, "examples": {"right": list(card.examples_right),
                                                                      "wrong": list(card.examples_wrong)}},
                       ensure_ascii=False, indent=2))
        return 0
    title = section.title if section is not None else card.section
    say(f"{card.id} · {card.kind} · section {title} ({card.section}) · {pack.path}:{card.line}")
    say()
    say("The learner sees:")
    say(_indent(question_text(card, pack.language)))
    say()
    say("Hints, one more at each Ctrl+T:")
    say(_indent("\n".join(hints)))
    say()
    say("Accepted as right:")
    say(_indent("\n".join(accepted(card))))
    if card.mistakes:
        say()
        say("Known mistakes (always marked wrong, with this feedback):")
        say(_indent("\n".join(f"{' | '.join(m.match)} → {m.feedback}" for m in card.mistakes)))
    if card.explanation:
        say()
        say(f"Explanation: {card.explanation}")
    if card.examples_right or card.examples_wrong:
        say()
        say(f"Examples checked by validate: right: {' | '.join(card.examples_right) or '–'}; "
            f"wrong: {' | '.join(card.examples_wrong) or '–'}")
    return 0


def _indent(text: str) -> str:
    return "\n".join("  " + line if line else "" for line in text.split("\n"))


# ------------------------------------------------------------------ Anki and imports


def cmd_export_anki(args: argparse.Namespace) -> int:
    from .core.interop import apkg_bytes

    pack = _pack(args.pack)
    deck = apkg_bytes(pack)
    target = write_new_file(args.out, deck.data, force=args.force)
    say(f"wrote {target}: {deck.notes} notes ({deck.typed} typed-answer, {deck.cloze} cloze) in the deck "
        f"'{pack.title}'; importing it again into Anki updates these notes instead of adding copies")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from .core.interop import ImportOptions, notes_to_pack, read_notes, slug

    source = Path(args.file)
    try:
        text = source.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        line = exc.object[: exc.start].count(b"\n") + 1
        raise Failure(f"cannot read {source}: not UTF-8 text (line {line}); save it as UTF-8 (in Excel 'CSV "
                      "UTF-8', in LibreOffice the character set 'Unicode (UTF-8)')") from None
    except OSError as exc:
        raise Failure(f"cannot read {source}: {exc.strerror or exc}") from None
    found = read_notes(text, args.fmt, suffix=source.suffix, term_sep=args.term_sep, row_sep=args.row_sep)
    decks = {n.deck for n in found.notes if n.deck}
    title = args.title or (next(iter(decks)).replace("::", " › ") if len(decks) == 1 else source.stem)
    options = ImportOptions(pack_id=args.pack_id or slug(source.stem) or "imported", title=title,
                            language=args.language, prompt=args.prompt, source=source.name)
    try:
        made = notes_to_pack(found, options)
    except (ValueError, PackError) as exc:
        raise Failure(f"{source}: {exc}") from None
    target = write_new_file(args.out, made.text.encode("utf-8"), force=args.force)
    for line, why in made.skipped:
        print(clean(f"{source}:{line}: left out: {why}"), file=sys.stderr)
    pack = made.pack
    say(f"wrote {target}: {counted(len(pack.cards), 'card')} in {counted(len(pack.sections), 'section')}"
        + (f"; {counted(len(made.skipped), 'note')} left out" if made.skipped else "")
        + f". Next: studybot validate {target}, then write each section's notes in your own words")
    return 0
