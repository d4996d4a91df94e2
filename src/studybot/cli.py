"""Command line: `studybot [study] | validate | grade | ...`.

Every command turns expected failures (a broken pack, a damaged database) into a
one-line message and a non-zero exit status, never a traceback.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NoReturn

from . import __version__
from .arguments import Parser, count_arg, name_arg, out_arg, path_arg
from .authoring import Failure
from .core.text import CleanWriter, clean_data, counted
from .paths import default_pack


def _default_learner() -> str:
    try:
        name = os.environ.get("STUDYBOT_LEARNER") or getpass.getuser() or "learner"
    except Exception:  # getuser raises when no user name can be found
        return "learner"
    try:
        return name_arg(name)
    except argparse.ArgumentTypeError as exc:
        _fail(f"the learner name from $STUDYBOT_LEARNER or your user name {exc}; give --learner NAME")


def _default_db() -> str:
    name = os.environ.get("STUDYBOT_DB") or "progress.db"
    try:
        return path_arg(name)
    except argparse.ArgumentTypeError as exc:
        _fail(f"$STUDYBOT_DB {exc}")


def _add_db(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", default=None, type=path_arg,
                   help="progress database (default: ./progress.db or $STUDYBOT_DB)")


def _add_common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--pack", default=None, type=path_arg, help="pack file (default: the bundled Belarus–US 2019 pack)")
    _add_db(p)
    p.add_argument("--learner", default=None, type=name_arg,
                   help="learner name (default: $STUDYBOT_LEARNER or your user name)")


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="studybot",
        description="A terminal study companion: spaced-repetition questions on one text, typed answers "
                    "graded fairly, a tutor grounded in the source.",
    )
    parser.add_argument("--version", action="version", version=f"studybot {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    _study_parser(sub)
    _progress_parsers(sub)
    _data_parsers(sub)
    _pack_parsers(sub)
    from .authoring import add_parsers

    add_parsers(sub)
    return parser


def _study_parser(sub: Any) -> None:
    study = sub.add_parser("study", help="study in the terminal app (the default command)")
    _add_common(study)
    study.add_argument("--new", type=count_arg, default=20, metavar="N", help="new cards a day (default 20)")
    study.add_argument("--reviews", type=count_arg, default=200, metavar="N", help="reviews a day (default 200)")
    study.add_argument("--retention", type=float, default=0.9, metavar="R",
                       help="desired retention, 0.70-0.99 (default 0.9): higher means more reviews")
    study.add_argument("--section", default=None, type=name_arg, help="study only this section (its id)")
    study.add_argument("--tag", default=None, type=name_arg, help="study only cards with this tag")
    study.add_argument("--ahead", action="store_true",
                       help="when nothing is due, practise cards ahead of schedule (recorded as practice)")
    study.add_argument("--plain", action="store_true",
                       help="line by line on stdin/stdout (screen readers, pipes, scripts), no full-screen app")


def _progress_parsers(sub: Any) -> None:
    ask = sub.add_parser("ask", help="ask the tutor a question about the pack's text")
    ask.add_argument("question", metavar="QUESTION")
    ask.add_argument("--pack", default=None, type=path_arg, help="pack file (default: the bundled pack)")
    ask.add_argument("--json", action="store_true", help="machine-readable output")

    stats = sub.add_parser("stats", help="your progress: mastery per section, retention, activity, what is due")
    _add_common(stats)
    stats.add_argument("--json", action="store_true", help="machine-readable output")

    report = sub.add_parser("report", help="item analysis over many learners' progress databases (read only)")
    report.add_argument("databases", nargs="+", metavar="DB", type=path_arg)
    report.add_argument("--pack", default=None, type=path_arg,
                        help="the pack they studied (default: the one the databases recorded)")
    report.add_argument("--limit", type=count_arg, default=25, metavar="N",
                        help="cards in the terminal table (default 25)")
    report.add_argument("--suggest", default=None, metavar="FILE", type=out_arg,
                        help="also write proposed accept and mistakes entries (YAML) to FILE, for you to review")
    report.add_argument("--min-learners", type=count_arg, default=2, metavar="N",
                        help="--suggest: propose an answer as right when N learners overrode it (default 2)")
    report.add_argument("--force", action="store_true", help="replace the --suggest FILE if it exists")
    fmt = report.add_mutually_exclusive_group()
    fmt.add_argument("--csv", action="store_true", help="every card as CSV")
    fmt.add_argument("--json", action="store_true", help="everything as JSON")


def _data_parsers(sub: Any) -> None:
    backup = sub.add_parser("backup", help="copy the progress database (SQLite backup API)")
    _add_db(backup)
    backup.add_argument("--to", default=None, metavar="FILE", type=out_arg,
                        help="where to write it: a new file, or a folder (default: beside the db)")
    backup.add_argument("--force", action="store_true", help="replace the file --to names if it exists")

    restore = sub.add_parser("restore", help="put a backup in place of the progress database")
    restore.add_argument("backup", metavar="BACKUP", type=path_arg)
    _add_db(restore)

    export = sub.add_parser("export", help="the review log and card states as CSV or JSON")
    _add_db(export)
    export.add_argument("--format", choices=("csv", "json"), default="json")
    export.add_argument("--table", choices=("reviews", "cards"), default="reviews",
                        help="which table to write as CSV (JSON has both)")
    export.add_argument("--learner", default=None, type=name_arg, help="only this learner")
    export.add_argument("--pack-id", default=None, type=name_arg, help="only this pack")
    export.add_argument("--out", default=None, metavar="FILE", type=out_arg,
                        help="write to a new file instead of stdout")
    export.add_argument("--force", action="store_true", help="replace the file --out names if it exists")


def _pack_parsers(sub: Any) -> None:
    validate = sub.add_parser("validate", help="check pack files and print every problem")
    validate.add_argument("files", nargs="+", metavar="FILE", type=path_arg)
    validate.add_argument("--quiet", action="store_true", help="print errors only, no warnings")
    validate.add_argument("--pack", default=None, metavar="PACK", type=path_arg,
                          help="check answer sheets (answers:, or CSV) and question sets (questions:) for this pack: "
                               "their syntax and that every card they name is in it, without grading")

    grade = sub.add_parser("grade", help="grade one answer to one card and show why, or a sheet of answers",
                           description="studybot grade PACK CARD_ID ANSWER grades one answer (exit 0 right, 3 wrong); "
                                       "studybot grade PACK --answers FILE grades every row of a sheet (YAML "
                                       "answers: [{card, answer, correct}] or CSV card,answer,expected"
                                       "[,order_numbers]) and prints agreement and every disagreement with its "
                                       "trace (exit 0 when all agree, 3 when any does not).")
    grade.add_argument("pack", metavar="PACK", type=path_arg)
    grade.add_argument("card", metavar="CARD_ID", nargs="?")
    grade.add_argument("answer", metavar="ANSWER", nargs="?")
    grade.add_argument("--answers", metavar="FILE", help="a sheet of answers with the verdicts you expect")
    grade.add_argument("--json", action="store_true", help="machine-readable output")

    sub.add_parser("schema", help="print the JSON Schema of the pack format (editors use it as pack.schema.json)")


def main(argv: list[str] | None = None) -> int:
    """Run one command. Everything it prints goes through `clean` (CleanWriter on
    stdout and stderr), so no escape, control or bidi character from a pack, a
    database or the command line reaches the terminal; the full-screen app, which
    draws the terminal itself, gets the real streams back."""
    argv = sys.argv[1:] if argv is None else argv
    streams = sys.stdout, sys.stderr
    for stream in streams:
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")  # a terminal that cannot show a character gets '?', not a traceback
    sys.stdout, sys.stderr = CleanWriter(streams[0]), CleanWriter(streams[1])
    try:
        return _run(argv)
    except SystemExit as exc:  # argparse: --help, --version, a bad argument
        return exc.code if isinstance(exc.code, int) else 2
    finally:
        try:
            sys.stdout.flush()
        except BrokenPipeError:
            _drop_stdout()
        sys.stdout, sys.stderr = streams


def _drop_stdout() -> None:
    """The reader went away (`studybot export | head`): send what is left nowhere, so
    that Python's own flush at exit does not end in a traceback."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.close(devnull)


def _run(argv: list[str]) -> int:
    from .core.safeio import OutputError
    from .core.store import StoreError

    parser = build_parser()
    if not argv or argv[0].startswith("--") and argv[0] not in ("--help", "--version"):
        argv = ["study", *argv]
    elif argv[0].casefold().endswith((".yaml", ".yml")):  # `studybot mypack.yaml`: study that pack
        argv = ["study", "--pack", *argv]
    elif argv[0] in ("study", "stats") and argv[1:2] and argv[1].casefold().endswith((".yaml", ".yml")):
        argv = [argv[0], "--pack", *argv[1:]]  # `studybot study mypack.yaml`, as `validate` and `grade` take it
    args = parser.parse_args(argv)
    try:
        if args.command in ("cards", "show", "units", "import", "export-anki"):
            from .authoring import run

            return run(args)
        if args.command == "validate":
            return cmd_validate(args)
        if args.command == "grade":
            from .sheets import cmd_grade

            return cmd_grade(args)
        if args.command == "schema":
            return cmd_schema(args)
        if args.command == "ask":
            return cmd_ask(args)
        if args.command == "stats":
            return cmd_stats(args)
        if args.command == "report":
            from .reporting import run as run_report

            return run_report(args)
        if args.command in ("backup", "restore", "export"):
            return {"backup": cmd_backup, "restore": cmd_restore, "export": cmd_export}[args.command](args)
        return cmd_study(args)
    except Failure as exc:
        print(exc, file=sys.stderr)
        return exc.code
    except (StoreError, OutputError) as exc:
        print(f"studybot: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        _drop_stdout()
        return 0


def cmd_validate(args) -> int:
    from .core.validate import check_pack

    if args.pack:
        from .sheets import validate_sheets

        return validate_sheets(_load_pack(args.pack), args.files)
    status = 0
    for name in args.files:
        pack, problems = check_pack(name)
        errors = [p for p in problems if p.severity == "error"]
        for problem in problems:
            if problem.severity == "error" or not args.quiet:
                print(problem)
        if errors:
            status = 1
            sys.stdout.flush()  # the problems above come first also when both streams go to one file
            print(f"{name}: {counted(len(errors), 'error')}", file=sys.stderr)
        elif pack is not None:
            warnings = len(problems) - len(errors)
            print(f"{name}: ok — {counted(len(pack.sections), 'section')}, {counted(len(pack.cards), 'card')}"
                  + (f", {counted(warnings, 'warning')}" if warnings else ""))
    return status


def cmd_schema(args) -> int:
    from .core.packs.schema import pack_schema

    print(json.dumps(pack_schema(), ensure_ascii=False, indent=2))
    return 0


def cmd_ask(args) -> int:
    from dataclasses import asdict

    from .core.tutor import Tutor

    tutor = Tutor(_load_pack(args.pack))
    try:
        reply = tutor.ask(args.question)
    except Exception as exc:  # noqa: BLE001 - a tutor bug is reported on one line, never as a decline
        from .present import tutor_error_text

        print(tutor_error_text(exc), file=sys.stderr)
        return 1
    finally:
        tutor.close()
    if args.json:
        _print_json(asdict(reply))
        return 0
    print(reply.text)
    if reply.kind == "answer" and reply.cards:
        print(f"Practise: {', '.join(reply.cards)}")
    elif reply.kind == "intent":
        print(f"(an instruction for the app: {reply.intent}"
              + (f" on {reply.target})" if reply.target else ")") + "; run `studybot` to study")
    return 0


def cmd_stats(args) -> int:
    from .chrome import language_of_pack
    from .core.clock import utcnow
    from .core.stats import learner_progress
    from .present_progress import progress_summary, progress_text, section_table

    learner = args.learner or _default_learner()
    pack = _load_pack(args.pack)
    with _existing_store(args) as store:
        progress = learner_progress(store, _learner_id(store, learner), pack, utcnow())
    if args.json:
        _print_json({"learner": learner, "pack": pack.id, **progress.as_dict()})
        return 0
    language = language_of_pack(pack)  # the words of the app's Progress mode for this pack
    print(f"{pack.title} · {learner}")
    print(progress_summary(progress, language))
    print()
    print(section_table(progress.sections, language=language))
    print()
    print(progress_text(progress, language))
    return 0


def _print_json(data: object) -> None:
    """JSON on stdout, every string cleaned first (JSON escapes control characters,
    so the stream's own cleaning would not see them)."""
    print(json.dumps(clean_data(data), ensure_ascii=False, indent=2))


def _fail(message: str) -> NoReturn:
    raise Failure(f"studybot: {message}")


def _load_pack(path: str | None):
    from .core.packs import PackError, load_pack

    try:
        return load_pack(Path(path) if path else default_pack())
    except PackError as exc:
        raise Failure(str(exc)) from None


@contextmanager
def _existing_store(args, *, any_version: bool = False):
    """The progress database named by --db (it must exist), opened read-only (these
    commands never write it: a read-only file or folder will do), closed afterwards."""
    from .core.store import Store, StoreError

    db = Path(args.db or _default_db())
    if not db.exists():
        _fail(f"{db}: no progress database here yet; study first")
    try:
        store = Store.open_readonly(db, any_version=any_version)
    except StoreError as exc:
        raise Failure(f"studybot: {exc}") from None
    try:
        yield store
    except StoreError as exc:
        raise Failure(f"studybot: {exc}") from None
    finally:
        store.close()


def _learner_id(store, name: str) -> int:
    known = {learner: lid for lid, learner in store.learners()}
    if name not in known:
        fix = (f"; add --learner {next(iter(known))}" if len(known) == 1
               else "; add --learner and one of these names" if known else "")
        _fail(f"no learner '{name}' in {store.path} (learners: {', '.join(known) or 'none'}){fix}")
    return known[name]


def cmd_backup(args) -> int:
    with _existing_store(args, any_version=True) as store:
        dest = store.backup(args.to, force=args.force)
        print(f"backed up {store.path} to {dest}")
    return 0


def cmd_restore(args) -> int:
    from .core.store import StoreError, restore

    db = Path(args.db or _default_db())
    try:
        kept = restore(args.backup, db)
    except StoreError as exc:
        return _fail(str(exc))
    print(f"restored {args.backup} to {db}" + (f"; the previous file is kept as {kept}" if kept else ""))
    return 0


def cmd_export(args) -> int:
    """The review log and card states, every string cleaned, as JSON or CSV on stdout
    or in a new file (written beside and renamed into place; never over the database
    or an existing file unless --force)."""
    from .core.safeio import atomic_output, check_target

    db = Path(args.db or _default_db())
    if args.out:
        check_target(Path(args.out), force=args.force, protect=[db])  # before the work, not after
    with _existing_store(args) as store:
        learner_id = _learner_id(store, args.learner) if args.learner else None
        rows = clean_data(store.export_rows(learner_id, args.pack_id))
    if not args.out:
        _write_rows(rows, args, sys.stdout)
        return 0
    with atomic_output(Path(args.out), force=args.force, protect=[db]) as temp, \
            open(temp, "w", newline="", encoding="utf-8") as fh:
        _write_rows(rows, args, CleanWriter(fh))
    exported = len(rows[args.table]) if args.format == "csv" else len(rows["reviews"])
    print(f"exported {counted(exported, 'row')} "
          f"to {args.out}", file=sys.stderr)
    return 0


def _write_rows(rows: dict, args, out) -> None:
    import csv

    if args.format == "json":
        json.dump(rows, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return
    table = rows[args.table]
    columns = list(table[0]) if table else []
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(table)


def _on_a_terminal() -> bool:
    """Whether stdin and stdout are both a terminal: the full-screen app needs both (with a
    pipe or a file it would wait for keys that never come)."""
    try:
        return sys.stdin.isatty() and sys.stdout.isatty()
    except (AttributeError, ValueError):  # closed or replaced streams
        return False


def cmd_study(args) -> int:
    from .core.session import SessionOptions

    pack_path = Path(args.pack) if args.pack else default_pack()
    db_path = Path(args.db or _default_db())
    learner = args.learner or _default_learner()
    if not 0.7 <= args.retention <= 0.99:
        return _fail("--retention must be between 0.70 and 0.99")
    if args.section or args.tag:
        _check_scope(args)
    options = SessionOptions(new_limit=args.new, review_limit=args.reviews, section=args.section,
                             tag=args.tag, practice_ahead=args.ahead, retention=args.retention)
    if args.plain or not _on_a_terminal():
        from .plain import run_plain
        from .services import AppConfig

        if not args.plain:
            print("studybot: not a terminal: studying line by line (as --plain)", file=sys.stderr)
        return run_plain(AppConfig(pack_path, db_path, learner, options=options))
    from .tui.app import build_app

    app = build_app(pack_path, db_path, learner, options=options)
    sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__  # the app draws the screen itself, cleaning what it shows
    app.run()
    return app.return_code or 0


def _check_scope(args) -> None:
    """--section and --tag must name a section and a tag of the pack (a typo would
    otherwise start an empty session)."""
    pack = _load_pack(args.pack)
    if args.section and pack.section(args.section) is None:
        ids = ", ".join(s.id for s in pack.sections[:12]) + (", …" if len(pack.sections) > 12 else "")
        _fail(f"--section: the pack has no section '{args.section}' (sections: {ids or 'none'})")
    if args.tag and not any(args.tag in card.tags for card in pack.cards):
        tags = sorted({t for card in pack.cards for t in card.tags})
        shown = ", ".join(tags[:12]) + (", …" if len(tags) > 12 else "")
        _fail(f"--tag: no card of the pack has the tag '{args.tag}' (tags: {shown or 'none'})")
