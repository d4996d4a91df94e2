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
from pathlib import Path

from . import __version__
from .paths import default_pack


def _default_learner() -> str:
    try:
        return os.environ.get("STUDYBOT_LEARNER") or getpass.getuser() or "learner"
    except Exception:  # getuser raises when no user name can be found
        return "learner"


def _default_db() -> str:
    return os.environ.get("STUDYBOT_DB") or "progress.db"


def _add_common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--pack", default=None, help="pack file (default: the bundled Belarus–US 2019 pack)")
    p.add_argument("--db", default=None, help="progress database (default: ./progress.db or $STUDYBOT_DB)")
    p.add_argument("--learner", default=None, help="learner name (default: your user name)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="studybot",
        description="A terminal study companion: spaced-repetition questions on one text, typed answers "
                    "graded fairly, a tutor grounded in the source.",
    )
    parser.add_argument("--version", action="version", version=f"studybot {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    study = sub.add_parser("study", help="study in the terminal app (the default command)")
    _add_common(study)
    study.add_argument("--new", type=int, default=20, help="new cards per session (default 20)")

    validate = sub.add_parser("validate", help="check pack files and print every problem")
    validate.add_argument("files", nargs="+", metavar="FILE")
    validate.add_argument("--quiet", action="store_true", help="print errors only, no warnings")

    grade = sub.add_parser("grade", help="grade one answer to one card and show why")
    grade.add_argument("pack", metavar="PACK")
    grade.add_argument("card", metavar="CARD_ID")
    grade.add_argument("answer", metavar="ANSWER")
    grade.add_argument("--json", action="store_true", help="machine-readable output")
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser()
    if not argv or argv[0].startswith("--") and argv[0] not in ("--help", "--version"):
        argv = ["study", *argv]
    args = parser.parse_args(argv)
    try:
        if args.command == "validate":
            return cmd_validate(args)
        if args.command == "grade":
            return cmd_grade(args)
        return cmd_study(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


def cmd_validate(args) -> int:
    from .core.validate import check_pack

    status = 0
    for name in args.files:
        pack, problems = check_pack(name)
        errors = [p for p in problems if p.severity == "error"]
        for problem in problems:
            if problem.severity == "error" or not args.quiet:
                print(problem)
        if errors:
            status = 1
            print(f"{name}: {len(errors)} error(s)", file=sys.stderr)
        elif pack is not None:
            warnings = len(problems) - len(errors)
            print(f"{name}: ok — {len(pack.sections)} sections, {len(pack.cards)} cards"
                  + (f", {warnings} warning(s)" if warnings else ""))
    return status


def cmd_grade(args) -> int:
    from .core.grading import Grader
    from .core.packs import PackError, load_pack

    try:
        pack = load_pack(args.pack)
    except PackError as exc:
        print(exc, file=sys.stderr)
        return 1
    card = pack.card(args.card)
    if card is None:
        print(f"{args.pack}: no card '{args.card}'", file=sys.stderr)
        return 2
    verdict = Grader(pack.aliases).grade(card, args.answer)
    if args.json:
        print(json.dumps({
            "card": card.id, "answer": args.answer, "correct": verdict.correct, "score": round(verdict.score, 3),
            "reason": verdict.reason, "typo": verdict.typo, "feedback": verdict.feedback,
            "keypoints": [{"point": k.point, "covered": k.covered, "matched": k.matched} for k in verdict.keypoints],
            "trace": list(verdict.trace), "canonical": card.answer,
        }, ensure_ascii=False, indent=2))
    else:
        from .present import verdict_text

        print(verdict_text(card, verdict, pack.section(card.section)))
        for step in verdict.trace:
            print(f"  · {step}")
    return 0 if verdict.correct else 3


def cmd_study(args) -> int:
    pack_path = Path(args.pack) if args.pack else default_pack()
    db_path = Path(args.db or _default_db())
    learner = args.learner or _default_learner()
    from .tui.app import build_app

    app = build_app(pack_path, db_path, learner, new_limit=max(0, args.new))
    app.run()
    return app.return_code or 0
