"""`studybot grade`: one answer to one card with the grader's reasoning, or an
instructor's answer sheet (`--answers FILE`) graded in one go: agreement and every
disagreement with its trace."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from .authoring import Failure
from .cli import _load_pack, _print_json
from .core.text import clean, counted

__all__ = ["cmd_grade", "validate_sheets"]


def cmd_grade(args) -> int:
    from .core.grading import Grader

    pack = _load_pack(args.pack)
    if args.answers:
        if args.card is not None:
            raise Failure("give either CARD_ID ANSWER or --answers FILE, not both")
        return _grade_sheet(pack, args.answers, as_json=args.json)
    if args.card is None or args.answer is None:
        raise Failure("give CARD_ID and ANSWER, or --answers FILE")
    card = pack.card(args.card)
    if card is None:
        from .core.packs.reader import suggest

        print(clean(f"{args.pack}: no card '{args.card}'{suggest(args.card, pack.cards_by_id)}", multiline=False),
              file=sys.stderr)
        return 2
    verdict = Grader.for_pack(pack).grade(card, args.answer)
    if args.json:
        _print_json({
            "card": card.id, "answer": args.answer, "correct": verdict.correct, "score": round(verdict.score, 3),
            "reason": verdict.reason, "typo": verdict.typo, "feedback": verdict.feedback,
            "keypoints": [{"point": k.point, "covered": k.covered, "matched": k.matched} for k in verdict.keypoints],
            "trace": list(verdict.trace), "canonical": card.answer,
        })
    else:
        from .present import learner_step, likeness_note, verdict_text

        text = verdict_text(card, verdict, pack.section(card.section))
        print(text)
        for step in verdict.trace:
            if clean(step, multiline=False) in text:  # a step the verdict already says is not said twice
                continue
            note = likeness_note(step) if learner_step(step) in text else None  # only the figure is new
            print(f"  · {note or step}")
    return 0 if verdict.correct else 3


def _grade_sheet(pack, path: str, *, as_json: bool) -> int:
    """An instructor's regression check: every row of an answer sheet graded, agreement and
    each disagreement with the grader's trace."""
    from .core.packs import PackError
    from .core.validate import measure_agreement, read_answer_rows

    try:
        rows = read_answer_rows(path)
    except PackError as exc:
        raise Failure("\n".join(str(p) for p in exc.problems)) from None
    _check_rows(pack, path, rows)
    result = measure_agreement(pack, rows)
    misses: list[dict[str, Any]] = [{"line": item.line, "card": clean(item.card, multiline=False),
               "answer": clean(item.answer, multiline=False), "expected": item.correct, "graded": verdict.correct,
               "reason": verdict.reason, "listed_would_agree": item.line in result.listed_would_agree,
               "trace": [clean(step, multiline=False) for step in verdict.trace]}
              for item, verdict in result.disagreements]
    if as_json:
        print(json.dumps({"rows": result.total, "agreed": result.agreed, "rate": round(result.rate, 4),
                          "false_accepts": result.false_accepts, "false_rejects": result.false_rejects,
                          "disagreements": misses}, ensure_ascii=False, indent=2))
    else:
        print(f"{path}: {result.agreed}/{result.total} agree ({result.rate:.1%}); "
              f"{counted(result.false_accepts, 'wrong answer')} accepted, "
              f"{counted(result.false_rejects, 'right answer')} rejected")
        for miss in misses:
            expected = "right" if miss["expected"] else "wrong"
            graded = "right" if miss["graded"] else "wrong"
            print(f"{path}:{miss['line']}: {miss['card']}: \"{miss['answer']}\" expected {expected}, graded {graded}")
            for step in miss["trace"]:
                print(f"  · {step}")
            if miss["listed_would_agree"]:  # (a YAML sheet says it once, for all its rows)
                how = ("mark the row order_numbers `listed`" if Path(path).suffix.lower() == ".csv" else
                       "write `order_numbers: listed` above `answers:` (it holds for every row of the sheet)")
                print(f"  · its numbers are read in the order the app shows the items (studybot show PACK "
                      f"{miss['card']});\n    numbered as the pack lists them, it agrees: {how}")
    return 0 if not misses else 3


def _check_rows(pack, path: str, rows) -> None:
    """A sheet that grades nothing, or rows naming cards the pack lacks: each at its line."""
    from .core.packs.reader import suggest

    if not rows:
        raise Failure(f"{path}: no answers in it; write rows card,answer,expected (CSV) or answers: (YAML)")
    ids = [card.id for card in pack.cards]
    unknown = [f"{path}:{row.line}: card '{row.card}' is not in the pack{suggest(row.card, ids)}"
               for row in rows if pack.card(row.card) is None]
    if unknown:
        raise Failure("\n".join(unknown))


def validate_sheets(pack, files: list[str]) -> int:
    """`studybot validate FILE... --pack PACK`: each answer sheet (YAML `answers:`, or CSV) and question set
    (`questions:`) read as `grade --answers` and the tutor's benchmark read them, every card a sheet names looked up
    in the pack; nothing graded, nothing asked. Exit 1 when any file has a problem."""
    from .core.packs import PackError
    from .core.packs.question_sets import load_question_set, top_fields
    from .core.question_checks import facts_not_in_notes
    from .core.validate import read_answer_rows

    status = 0
    for name in files:
        try:
            fields = frozenset() if Path(name).suffix.lower() == ".csv" else top_fields(name)
            if "questions" in fields:
                questions = load_question_set(name)
                for q in facts_not_in_notes(pack, questions):
                    facts = " / ".join(f"'{fact}'" for fact in q.expect)
                    print(clean(f"{name}:{q.line}: warning: the expected {facts} is not in the notes of {pack.id} "
                                f"as written there: the tutor answers in the notes' sentences, so no reply can hold "
                                f"it; copy the fact as the notes write it", multiline=False))
                print(clean(f"{name}: ok — a question set of {counted(len(questions), 'question')}, "
                            f"{sum(not q.expect for q in questions)} for the tutor to decline", multiline=False))
                continue
            if fields and "answers" not in fields:
                raise Failure(f"{name}: neither an answer sheet (answers:) nor a question set (questions:); "
                              f"check a pack with studybot validate {name}")
            rows = read_answer_rows(name)
            _check_rows(pack, name, rows)
        except PackError as exc:
            print("\n".join(clean(str(p), multiline=False) for p in exc.problems))
            status = 1
            continue
        except Failure as exc:
            print(clean(str(exc)))
            status = 1
            continue
        print(clean(f"{name}: ok — an answer sheet of {counted(len(rows), 'answer')} to "
                    f"{counted(len({r.card for r in rows}), 'card')} of {pack.id}", multiline=False))
    return status
