"""`studybot validate`: every problem in a pack, as file:line:column lines.

Errors: anything the loader rejects, and card `examples` the grader judges
differently from the instructor. Warnings: cards that will teach poorly (no
explanation, no examples, evidence not found in the source text).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz

from .grading import Grader, Verdict
from .packs import MAX_BYTES, LabelledAnswer, Pack, PackError, Problem, load_pack
from .safeio import UnreadableFile, read_text_within
from .text import normalise

__all__ = ["check_examples", "check_pack"]


def check_examples(pack: Pack, grader: Grader | None = None) -> list[Problem]:
    """Run every card's examples through the grader; report each disagreement."""
    grader = grader or Grader(pack.aliases)
    problems = []
    for card in pack.cards:
        for expected, answers in ((True, card.examples_right), (False, card.examples_wrong)):
            for answer in answers:
                verdict = grader.grade(card, answer)
                if verdict.correct != expected:
                    said = "right" if expected else "wrong"
                    got = "right" if verdict.correct else "wrong"
                    why = f" ({verdict.reason})" if verdict.reason else ""
                    problems.append(Problem(
                        pack.path, card.line, 1,
                        f"card '{card.id}': example {answer!r} is listed as {said} but the grader marks it "
                        f"{got}{why}; add an accepted wording, keypoint or mistake, or move the example",
                    ))
    return problems


def _lint(pack: Pack) -> list[Problem]:
    out = []
    used = {c.section for c in pack.cards}
    for section in pack.sections:
        if section.id not in used:
            out.append(Problem(pack.path, section.line, 1, f"section '{section.id}' has no cards", "warning"))
    source = pack.source_text()
    if pack.source.text and source is None:
        out.append(Problem(pack.path, 1, 1, f"source text '{pack.source.text}' cannot be read "
                                            f"({_unreadable(pack)}); evidence is not checked", "warning"))
    source_norm = normalise(source) if source else ""
    for card in pack.cards:
        if not card.explanation:
            out.append(Problem(pack.path, card.line, 1, f"card '{card.id}' has no explanation; say why the answer "
                                                        "is right", "warning"))
        if not card.examples_right or not card.examples_wrong:
            out.append(Problem(pack.path, card.line, 1, f"card '{card.id}' has no right/wrong examples to check "
                                                        "the grader with", "warning"))
        if card.evidence and source_norm:
            score = fuzz.partial_ratio(normalise(card.evidence), source_norm)
            if score < 90:
                out.append(Problem(pack.path, card.line, 1, f"card '{card.id}': evidence not found in the source "
                                                            f"text (best match {score:.0f}%)", "warning"))
    return out


def _unreadable(pack: Pack) -> str:
    """Why the pack's source text cannot be read."""
    try:
        read_text_within(Path(pack.path).parent, pack.source.text or "", MAX_BYTES)
    except UnreadableFile as exc:
        return str(exc)
    return "it changed while it was read"


def check_pack(path: str | Path) -> tuple[Pack | None, list[Problem]]:
    """Load and check a pack: (the pack or None, every problem, errors first)."""
    try:
        pack = load_pack(path)
    except PackError as exc:
        return None, exc.problems
    problems = check_examples(pack) + _lint(pack)
    problems.sort(key=lambda p: (p.severity != "error", p.line, p.column))
    return pack, problems


@dataclass
class Agreement:
    """How often the grader judges labelled answers as the teacher did."""

    total: int = 0
    agreed: int = 0
    false_accepts: int = 0  # wrong answers the grader accepted
    false_rejects: int = 0  # right answers the grader rejected
    traps: int = 0
    traps_accepted: int = 0
    by_kind: dict[str, list[int]] = field(default_factory=dict)  # kind -> [agreed, total]
    disagreements: list[tuple[LabelledAnswer, Verdict]] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.agreed / self.total if self.total else 0.0


def measure_agreement(pack: Pack, labelled: list[LabelledAnswer], grader: Grader | None = None) -> Agreement:
    """Grade every labelled answer and count agreement, false accepts and rejects, traps."""
    grader = grader or Grader(pack.aliases)
    result = Agreement()
    for item in labelled:
        card = pack.card(item.card)
        if card is None:
            raise KeyError(f"labelled answer on line {item.line} names card '{item.card}', which the pack lacks")
        verdict = grader.grade(card, item.answer)
        counts = result.by_kind.setdefault(card.kind, [0, 0])
        counts[1] += 1
        result.total += 1
        result.traps += item.trap
        if verdict.correct == item.correct:
            result.agreed += 1
            counts[0] += 1
            continue
        result.disagreements.append((item, verdict))
        if verdict.correct:
            result.false_accepts += 1
            result.traps_accepted += item.trap
        else:
            result.false_rejects += 1
    return result
