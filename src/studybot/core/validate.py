"""`studybot validate`: every problem in a pack, as file:line:column lines.

Errors: anything the loader rejects (YAML syntax explained in plain words), and card
`examples` the grader judges differently from the instructor (at the example's own
line). Warnings: YAML traps (text cut by ' #', one wording split by a comma inside
[ ], notes wrapped mid-sentence: `packs.traps`), a numeric or date answer that
disagrees with its `number.value` or `date`, a list or explain answer the grader
fails, `mistakes` that match the card's own answer or a right example, a numeric card's unit symbol the grader does
not know (`unit_checks`), a question whose section title or prompt gives its answer away, and cards
that will teach poorly (no explanation, no examples, evidence not found in the
source text).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz

from .alias_checks import unmet_alias_keys
from .example_advice import advice, inside_tolerance, not_a_person, reason
from .example_checks import card_at, grade_example, short_cloze_wrongs, split_message, split_runs, untested_keypoints
from .given_away import KINDS as GIVEN_AWAY_KINDS
from .given_away import title_gives_away
from .grading import Grader, Verdict
from .grading.figures import spec_quantity
from .keypoint_checks import split_keypoints, unmade_keypoints
from .packs import MAX_BYTES, Card, LabelledAnswer, Pack, PackError, Problem, load_labelled_answers, load_pack
from .packs.traps import Positions, positions, yaml_traps
from .packs.yamlsafe import compose, read_text
from .safeio import UnreadableFile, read_text_within
from .text import normalise
from .unit_checks import unknown_units

__all__ = ["Agreement", "check_answers", "check_examples", "check_given_away", "check_mistakes", "check_own_answers",
           "check_pack", "measure_agreement", "read_answer_rows"]


_COMMA_SAID = "every comma starts a new example"  # split_message's words
_COMMA_TRAP = "every comma starts a new item"  # yaml_traps' words for the same comma


def _why(verdict: Verdict) -> str:
    return f" ({said})" if (said := reason(verdict)) else ""


def check_examples(pack: Pack, grader: Grader | None = None, where: Positions | None = None) -> list[Problem]:
    """Run every card's examples through the grader; report each disagreement at the
    example's own line (when `where` knows it)."""
    grader = grader or Grader.for_pack(pack)
    problems = []
    for card in pack.cards:
        verdicts = {(side, i): grade_example(card, grader, answer)
                    for side, answers in (("right", card.examples_right), ("wrong", card.examples_wrong))
                    for i, answer in enumerate(answers)}
        runs = split_runs(card, grader, where, {i for (side, i), v in verdicts.items() if side == "right"
                                                and not v.correct}, pack.language)
        joined = {i for split in runs.values() for i in split.run}
        for expected, side, answers in ((True, "right", card.examples_right), (False, "wrong", card.examples_wrong)):
            for index, answer in enumerate(answers):
                # numbers in an order card's examples refer to the items as the pack lists them, which is
                # what its author sees while writing them (learners see them scrambled)
                verdict = verdicts[side, index]
                if expected and index in joined:  # one answer split by the commas of [ ]: said once, at its start
                    if index in runs:
                        split = runs[index]
                        why = [reason(verdicts["right", i]) for i in split.run]
                        problems.append(Problem(pack.path, *card_at(where, card, "examples", side, index),
                                                split_message(card, split, why, _why(split.verdict))))
                    continue
                if verdict.correct != expected:
                    got = "right" if verdict.correct else "wrong"
                    problems.append(Problem(
                        pack.path, *card_at(where, card, "examples", side, index),
                        f"card '{card.id}': example {answer!r} is listed as {side} but the grader marks it "
                        f"{got}{_why(verdict)}{not_a_person(card, grader, answer) if expected else ''}; "
                        f"{(not expected and inside_tolerance(card, grader, answer)) or advice(card, expected)}",
                    ))
    return problems


def _own_answers_failed(pack: Pack, grader: Grader, kinds: tuple[str, ...]) -> Iterator[tuple[Card, Verdict]]:
    """The cards of these kinds whose own `answer` the grader marks wrong, with that verdict."""
    for card in pack.cards:
        if card.kind in kinds and not (verdict := grader.grade(card, card.answer)).correct:
            yield card, verdict


def check_answers(pack: Pack, grader: Grader, where: Positions | None = None) -> list[Problem]:
    """A numeric or date card whose `answer` text the grader itself marks wrong: the text
    and `number.value` (or `date`) disagree."""
    out = []
    for card, verdict in _own_answers_failed(pack, grader, ("numeric", "date")):
        if card.kind == "numeric" and card.number is not None:
            spec = card.number
            unit = f" {spec.unit}" if spec.unit else ""
            given = f"number.value {spec.value:g}{unit}"
            fix = "make the answer and number.value give the same figure (or widen number.tolerance)"
            if unit and (wanted := spec_quantity(card)) is not None and wanted.kind == "count":
                fix = (f"the grader does not know the unit '{spec.unit}' and reads it as a word for what is counted, "
                       f"not as the answer's unit: write number.unit as the answer names it")
        else:
            given, fix = f"date {card.date}", "make the answer and date agree (or set precision)"
        read = f" (the grader reads: {verdict.trace[0].split(';')[0]})" if verdict.trace else ""
        out.append(Problem(pack.path, *card_at(where, card, "answer"),
                           f"card '{card.id}': the answer '{card.answer}' does not agree with its {given}{read}; "
                           f"{fix}", "warning"))
    return out


def check_own_answers(pack: Pack, grader: Grader, where: Positions | None = None) -> list[Problem]:
    """A list or explain card whose own `answer` the grader fails: the answer shown after
    grading does not make the keypoints, so a learner who writes it is marked wrong."""
    out = []
    for card, verdict in _own_answers_failed(pack, grader, ("list", "explain")):
        missed = "; ".join(k.point for k in verdict.keypoints if not k.covered)
        why = f" (missed: {missed})" if missed else f" ({verdict.reason})" if verdict.reason else ""
        out.append(Problem(pack.path, *card_at(where, card, "answer"),
                           f"card '{card.id}': its own answer, written by a learner word for word, is graded "
                           f"wrong{why}; use the keypoints' words in the answer, or add the answer's words to "
                           "their accept", "warning"))
    return out


def check_mistakes(pack: Pack, grader: Grader, where: Positions | None = None) -> list[Problem]:
    """`mistakes` patterns that say the same as the card's own answer or an accepted wording
    (the grader cannot tell them apart, so the mistake never fires on a right answer), and
    patterns that make the grader fail a right example."""
    out = []
    for card in pack.cards:
        for m_index, mistake in enumerate(card.mistakes):
            for p_index, pattern in enumerate(mistake.match):
                hit = _mistake_hit(card, grader, pattern)
                if hit is not None:
                    out.append(Problem(pack.path, *card_at(where, card, "mistakes", m_index, "match", p_index),
                                       f"card '{card.id}': the mistake '{pattern}' {hit}", "warning"))
    return out


_SINGLE_ANSWER = ("short", "numeric", "date", "choice")


def _mistake_hit(card: Card, grader: Grader, pattern: str) -> str | None:
    """Why a mistake pattern contradicts the card's right answers, or None."""
    for example in card.examples_right:
        verdict = grade_example(card, grader, example)  # an order card's "1 2 3" is its items as listed
        if verdict.reason == "mistake" and any(f"'{pattern}'" in step for step in verdict.trace):
            return (f"fails the right example '{example}': learners who are right are marked wrong; make the "
                    "mistake a whole wrong wording (e.g. 'rose by 19%' rather than '19%')")
    if card.kind not in _SINGLE_ANSWER:
        return None
    for wording in (card.answer, *card.accept):
        if len(wording.split()) > len(pattern.split()) + 2:
            continue  # a longer right wording may name the wrong figure in passing ("the day after 28 May")
        if grader.mistake_matches(card, wording, pattern) and grader.mistake_matches(card, pattern, wording):
            what = "the card's own answer" if wording == card.answer else "the accepted wording"
            return (f"says the same as {what} '{wording}': the grader cannot tell them apart, so the right "
                    "answer wins and this feedback is never given; remove the mistake or make it a wrong "
                    "wording the right answer does not contain")
    return None


def check_given_away(pack: Pack, grader: Grader, where: Positions | None = None) -> list[Problem]:
    """A card whose question gives its answer away: its section's title, which the app shows with the question
    where it does not plainly hold the answer (`given_away`: "Who made the gas first?" under "The first gas and its
    maker"), or its own prompt, graded right as an answer."""
    titles = {section.id: section.title for section in pack.sections}
    out = []
    for card in pack.cards:
        if card.kind not in GIVEN_AWAY_KINDS:
            continue
        title = titles.get(card.section, "")
        if title and not title_gives_away(card, title, pack.aliases) and (verdict := grader.grade(card, title)).correct:
            out.append(Problem(pack.path, *card_at(where, card, "section"),
                               f"card '{card.id}': the title of its section, '{title}', shown with the question, "
                               f"is graded right as its answer{_judged(verdict)}: learners read the answer before "
                               "they give it; retitle the section or move the card to another", "warning"))
        elif (verdict := grader.grade(card, card.prompt)).correct:
            out.append(Problem(pack.path, *card_at(where, card, "prompt"),
                               f"card '{card.id}': its prompt, graded as an answer, is right{_judged(verdict)}: the "
                               "question gives its answer away; ask it without the answer's words", "warning"))
    return out


def _judged(verdict: Verdict) -> str:
    """How a question read as its own answer was judged ("(judged: matches 'the Vega')"), so the instructor sees which
    of its words give the answer away."""
    return f" (judged: {'; '.join(verdict.trace[:2])})" if verdict.trace else ""


def check_placeholders(pack: Pack, where: Positions | None = None) -> list[Problem]:
    """A mistake whose feedback is still the placeholder `report --suggest` wrote: learners would read it."""
    from .packs.writer import TODO_FEEDBACK

    return [Problem(pack.path, *card_at(where, card, "mistakes", index, "feedback"),
                    f"card '{card.id}': the feedback of the mistake '{mistake.match[0]}' is still the placeholder "
                    f"'{TODO_FEEDBACK}', which learners who give it would read; write what to tell them", "warning")
            for card in pack.cards for index, mistake in enumerate(card.mistakes)
            if mistake.feedback.strip() == TODO_FEEDBACK]


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
        text = read_text(path)
        root = compose(text, str(path))
    except PackError as exc:
        return None, exc.problems + _traps_beside_errors(path)
    where = positions(root) if root is not None else {}
    grader = Grader.for_pack(pack)
    examples = check_examples(pack, grader, where)
    # a wording split at a comma of [ ] that check_examples already told to quote is said once, as that error
    split = {(p.line, p.column) for p in examples if _COMMA_SAID in p.message}
    traps = [t for t in (yaml_traps(root, text, pack.path) if root else [])
             if not (_COMMA_TRAP in t.message and (t.line, t.column) in split)]
    problems = (examples + traps
                + check_answers(pack, grader, where) + check_own_answers(pack, grader, where)
                + check_mistakes(pack, grader, where) + untested_keypoints(pack, grader, where)
                + unmade_keypoints(pack, grader, where)
                + short_cloze_wrongs(pack, where) + split_keypoints(pack, where)
                + check_given_away(pack, grader, where)
                + check_placeholders(pack, where) + unknown_units(pack, where) + unmet_alias_keys(pack, where)
                + _lint(pack))
    problems.sort(key=lambda p: (p.severity != "error", p.line, p.column))
    return pack, problems


def _traps_beside_errors(path: str | Path) -> list[Problem]:
    """The YAML traps of a pack that does not load, when its text composes: a value YAML split is often the cause
    of the error ("[about 628,000 dollars]" read as two options, so the answer is none of them)."""
    try:
        text = read_text(path)
        root = compose(text, str(path))
    except PackError:
        return []
    return yaml_traps(root, text, str(path)) if root is not None else []


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
    # lines of order answers in figures that disagree as the app shows the items but agree as the pack lists them
    # (the sheet's author most likely numbered the listing: `order_numbers: listed` says so)
    listed_would_agree: set[int] = field(default_factory=set)

    @property
    def rate(self) -> float:
        return self.agreed / self.total if self.total else 0.0


def measure_agreement(pack: Pack, labelled: list[LabelledAnswer], grader: Grader | None = None) -> Agreement:
    """Grade every labelled answer and count agreement, false accepts and rejects, traps."""
    grader = grader or Grader.for_pack(pack)
    result = Agreement()
    for item in labelled:
        card = pack.card(item.card)
        if card is None:
            raise KeyError(f"labelled answer on line {item.line} names card '{item.card}', which the pack lacks")
        verdict = grader.grade(card, item.answer, shown=card.items if item.listed else None)
        counts = result.by_kind.setdefault(card.kind, [0, 0])
        counts[1] += 1
        result.total += 1
        result.traps += item.trap
        if verdict.correct == item.correct:
            result.agreed += 1
            counts[0] += 1
            continue
        result.disagreements.append((item, verdict))
        if card.kind == "order" and not item.listed and any(c.isdigit() for c in item.answer) \
                and grader.grade(card, item.answer, shown=card.items).correct == item.correct:
            result.listed_would_agree.add(item.line)
        if verdict.correct:
            result.false_accepts += 1
            result.traps_accepted += item.trap
        else:
            result.false_rejects += 1
    return result


_RIGHT = frozenset(("right", "true", "yes", "1", "correct", "y", "верно", "правильно", "да", "+"))
_WRONG = frozenset(("wrong", "false", "no", "0", "incorrect", "n", "неверно", "неправильно", "нет", "-"))
_CSV_LIMIT = 10_000_000  # bytes: an instructor's answer sheet, not a data dump


def read_answer_rows(path: str | Path) -> list[LabelledAnswer]:
    """An instructor's answer sheet: YAML (`answers: [{card, answer, correct}]`, as
    `packs.load_labelled_answers`) or CSV (UTF-8; commas, or semicolons or tabs as
    spreadsheets save it) with the columns card, answer, expected (right/wrong, true/false,
    yes/no, 1/0, верно/неверно, да/нет) and, if wanted, order_numbers (`listed`: the
    numbers answering an order card refer to its items as the pack lists them; empty or
    `shown`: as the app shows them). Raises PackError naming the line of a bad row."""
    path = Path(path)
    if path.suffix.lower() != ".csv":
        return load_labelled_answers(path)
    import csv

    shown = str(path)
    try:
        if path.stat().st_size > _CSV_LIMIT:
            raise PackError([Problem(shown, 1, 1, f"the file is over {_CSV_LIMIT // 1_000_000} MB")])
        raw = path.read_bytes()
    except OSError as exc:
        raise PackError([Problem(shown, 1, 1, f"cannot read it: {exc.strerror or exc}")]) from None
    text = _sheet_text(raw, shown)
    lines = text.splitlines()
    rows = list(csv.reader(lines, delimiter=_delimiter(lines[0] if lines else "")))
    header = [h.strip().casefold() for h in rows[0]] if rows else []
    if not {"card", "answer", "expected"} <= set(header):
        raise PackError([Problem(shown, 1, 1, "the first row must name the columns card, answer, expected")])
    at = {name: header.index(name) for name in ("card", "answer", "expected")}
    out: list[LabelledAnswer] = []
    problems: list[Problem] = []
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(header):
            problems.append(Problem(shown, number, 1, _too_many_cells(len(row), len(header))))
            continue
        cells = {name: (row[i].strip() if i < len(row) else "") for name, i in at.items()}
        expected = cells["expected"].casefold()
        if not cells["card"]:
            problems.append(Problem(shown, number, 1, "the row names no card: its card cell is empty"))
            continue
        if expected not in _RIGHT | _WRONG:
            problems.append(Problem(shown, number, 1, f"expected is {cells['expected']!r}: write right or wrong "
                                                      "(true/false, yes/no, 1/0, верно/неверно, да/нет)"))
            continue
        frame = (row[header.index("order_numbers")].strip().casefold()
                 if "order_numbers" in header and header.index("order_numbers") < len(row) else "")
        if frame not in ("", "shown", "listed"):
            problems.append(Problem(shown, number, 1, "order_numbers must be shown or listed (or left empty)"))
            continue
        out.append(LabelledAnswer(cells["card"], cells["answer"], expected in _RIGHT, line=number,
                                  listed=frame == "listed"))
    if problems:
        raise PackError(problems)
    return out


def _sheet_text(raw: bytes, shown: str) -> str:
    """A CSV sheet's text: UTF-8 (a BOM dropped), or a PackError at the first byte that is not, saying how
    to save it (a spreadsheet in a Russian or Western locale saves 'CSV' in its own code page)."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise PackError([Problem(shown, line, column, "not UTF-8 text: save the sheet as UTF-8 (in Excel "
                                                      "'CSV UTF-8', in LibreOffice the character set 'Unicode "
                                                      "(UTF-8)')")]) from None


def _delimiter(header: str) -> str:
    """The sheet's separator: a comma, or the semicolon or tab a spreadsheet writes where the comma is the
    decimal mark, when the first row names its columns with that and no comma."""
    return next((sep for sep in (";", "\t") if sep in header and "," not in header), ",")


def _too_many_cells(cells: int, columns: int) -> str:
    """Why a CSV row holds more cells than the header names columns: an answer with an unquoted
    comma, or an order_numbers cell whose column the header lacks."""
    return (f"this row has {cells} cells but the first row names {columns} columns: write an answer that holds "
            'a comma in double quotes ("compressor, condenser"), and name an order_numbers column in the first '
            "row to say listed")
