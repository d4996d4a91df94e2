"""Packs to and from Anki, Quizlet and CSV (issue 16): the .apkg is opened as what it is
(a zip holding an SQLite collection) and its notes checked; export -> Anki's plain-text
export -> import keeps every prompt and answer; imports make packs that validate."""

from __future__ import annotations

import csv
import html
import io
import json
import sqlite3
import zipfile
from pathlib import Path

import pytest

from studybot.core.interop import apkg_bytes, note_guid, notes_to_pack, read_notes
from studybot.core.interop.importer import ImportOptions
from studybot.core.packs import load_pack
from studybot.core.validate import check_pack
from studybot.paths import default_pack

from .cli import run
from .conftest import DATA, MINI_PACK


def open_apkg(data: bytes, tmp_path: Path) -> dict:
    """The notes, note types and decks of an .apkg, read straight from its SQLite collection."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert "collection.anki2" in z.namelist()
        (tmp_path / "collection.anki2").write_bytes(z.read("collection.anki2"))
    conn = sqlite3.connect(tmp_path / "collection.anki2")
    try:
        models = json.loads(conn.execute("SELECT models FROM col").fetchone()[0])
        decks = json.loads(conn.execute("SELECT decks FROM col").fetchone()[0])
        notes = [{"id": r[0], "guid": r[1], "model": models[str(r[2])]["name"], "mid": r[2], "tags": r[3].split(),
                  "fields": dict(zip([f["name"] for f in models[str(r[2])]["flds"]], r[4].split("\x1f"), strict=True)),
                  "deck": next(d for d in decks.values() if d["id"] == conn.execute(
                      "SELECT did FROM cards WHERE nid=?", (r[0],)).fetchone()[0])["name"]}
                 for r in conn.execute("SELECT id, guid, mid, tags, flds FROM notes")]
    finally:
        conn.close()
    return {"notes": notes, "models": models, "decks": decks}


def anki_text_export(collection: dict) -> str:
    """What Anki's "Notes in Plain Text" export writes for these notes (with HTML, tags,
    deck, note type and GUID columns): header lines, then tab-separated rows, quoted as CSV."""
    out = io.StringIO()
    out.write("#separator:tab\n#html:true\n#guid column:1\n#notetype column:2\n#deck column:3\n")
    width = max(len(n["fields"]) for n in collection["notes"])
    out.write(f"#tags column:{width + 4}\n")
    writer = csv.writer(out, delimiter="\t", lineterminator="\n")
    for note in collection["notes"]:
        fields = list(note["fields"].values()) + [""] * (width - len(note["fields"]))
        writer.writerow([note["guid"], note["model"], note["deck"], *fields, " ".join(note["tags"])])
    return out.getvalue()


@pytest.fixture(scope="module")
def bundled():
    return load_pack(default_pack())


def test_bundled_pack_exports_133_notes(bundled, tmp_path):
    deck = apkg_bytes(bundled)
    got = open_apkg(deck.data, tmp_path)
    assert len(got["notes"]) == len(bundled.cards) == 133 == deck.notes
    by_id = {n["fields"]["Card ID"]: n for n in got["notes"]}
    assert set(by_id) == {c.id for c in bundled.cards}
    for card in bundled.cards:
        note = by_id[card.id]
        assert card.section in note["tags"]
        assert note["guid"] == note_guid(bundled.id, card.id)
        if card.kind == "cloze":
            assert note["model"] == "studybot: cloze" and "{{c1::" in note["fields"]["Text"]
            assert "{{c2::" not in note["fields"]["Text"]  # every blank asked at once, as studybot does
        else:
            assert note["model"] == "studybot: type the answer"
            assert html.unescape(note["fields"]["Prompt"].replace("<br>", "\n")) == card.prompt.strip()
            assert note["fields"]["Kind"] == card.kind
    typed = next(m for m in got["models"].values() if m["name"] == "studybot: type the answer")
    assert "{{type:Answer}}" in typed["tmpls"][0]["qfmt"]
    cloze = next(m for m in got["models"].values() if m["name"] == "studybot: cloze")
    assert cloze["type"] == 1  # Anki's cloze note type


def test_export_again_updates_rather_than_duplicates(tmp_path):
    pack = load_pack(MINI_PACK)
    first = open_apkg(apkg_bytes(pack, timestamp=1_000).data, tmp_path)
    second = open_apkg(apkg_bytes(pack, timestamp=2_000).data, tmp_path)
    assert [n["guid"] for n in first["notes"]] == [n["guid"] for n in second["notes"]]
    assert len({n["guid"] for n in first["notes"]}) == len(pack.cards)
    assert {n["mid"] for n in first["notes"]} == {n["mid"] for n in second["notes"]}
    assert set(first["decks"]) == set(second["decks"])
    other = load_pack(DATA / "traps-pack.yaml")
    assert not {n["guid"] for n in first["notes"]} & {note_guid(other.id, c.id) for c in other.cards}


@pytest.mark.parametrize("path", [MINI_PACK, default_pack()], ids=["mini", "bundled"])
def test_round_trip_keeps_every_prompt_and_answer(path, tmp_path):
    pack = load_pack(path)
    text = anki_text_export(open_apkg(apkg_bytes(pack).data, tmp_path))
    made = notes_to_pack(read_notes(text), ImportOptions(pack.id, pack.title, language=pack.language))
    again = {c.id: c for c in made.pack.cards}
    assert set(again) == {c.id for c in pack.cards} and made.skipped == ()
    for card in pack.cards:
        back = again[card.id]
        assert " ".join(back.prompt.split()) == " ".join(card.prompt.split()), card.id
        assert " ".join(back.answer.split()) == " ".join(card.answer.split()), card.id
        if card.kind in ("choice", "order", "cloze"):
            assert back.kind == card.kind and back.options == card.options and back.items == card.items
    # one deck: the sections come back from the first tag, which is the card's section
    assert [s.id for s in made.pack.sections] == list(dict.fromkeys(c.section for c in pack.cards))
    assert all(again[c.id].section == c.section for c in pack.cards)


def test_import_of_anki_notes_with_decks_html_and_cloze(tmp_path):
    text = ("#separator:tab\n#html:true\n#notetype column:1\n#deck column:2\n#tags column:5\n"
            "Basic\tBio::Cells\tWhat makes <b>ATP</b>?\tthe mitochondria\tenergy\n"
            "Basic\tBio::Cells\tWhat holds DNA?&nbsp;\t\"the nucleus<br>(in eukaryotes)\"\t\n"
            "Cloze\tBio::Plants\tLight reactions run in the {{c1::thylakoids}} of the {{c2::chloroplast::organelle}}."
            "\tBoth are membranes.\t\n"
            "Basic\tBio::Plants\tNo answer here\t\t\n")
    made = notes_to_pack(read_notes(text), ImportOptions("bio", "Biology"))
    pack = made.pack
    assert [s.id for s in pack.sections] == ["cells", "plants"] and pack.sections[0].title == "Bio › Cells"
    first, second, cloze = pack.cards
    assert (first.prompt, first.answer, first.section, first.tags) == ("What makes ATP?", "the mitochondria",
                                                                       "cells", ("energy",))
    assert second.answer == "the nucleus; (in eukaryotes)"
    assert cloze.kind == "cloze" and cloze.blanks == (("thylakoids",), ("chloroplast",))
    assert cloze.explanation == "Both are membranes."
    assert made.skipped == ((9, "no answer (the second field is empty)"),)
    path = tmp_path / "bio.yaml"
    path.write_text(made.text, encoding="utf-8")
    checked, problems = check_pack(path)
    assert checked is not None and not [p for p in problems if p.severity == "error"]


def test_import_quizlet_and_csv(tmp_path):
    quizlet = "mitochondria\tmakes ATP\nnucleus\tholds the DNA\n\nribosome\n"
    made = notes_to_pack(read_notes(quizlet, "quizlet"), ImportOptions("cells", "Cells"))
    assert [(c.prompt, c.answer) for c in made.pack.cards] == [("mitochondria", "makes ATP"),
                                                                ("nucleus", "holds the DNA")]
    assert made.skipped[0][0] == 4 and "definition" in made.skipped[0][1]
    flipped = notes_to_pack(read_notes("a;b|c;d", "quizlet", term_sep=";", row_sep="|"),
                            ImportOptions("x", "X", prompt="definition"))
    assert [(c.prompt, c.answer) for c in flipped.pack.cards] == [("b", "a"), ("d", "c")]
    table = ('term,definition,deck,tags\n"ribulose-1,5-bisphosphate carboxylase",fixes CO2,Plants,enzyme\n'
             "chlorophyll,absorbs light,Plants,\nATP synthase,makes ATP,Cells,enzyme\n")
    made = notes_to_pack(read_notes(table, suffix=".csv"), ImportOptions("bio", "Bio"))
    assert [s.id for s in made.pack.sections] == ["plants", "cells"]
    assert made.pack.cards[0].prompt == "ribulose-1,5-bisphosphate carboxylase"  # a comma inside one wording
    assert made.pack.cards[0].id == "ribulose-1-5-bisphosphate-carboxylase"


def test_a_thousand_notes_import(report):
    import time

    rows = "".join(f"Question number {i} about topic {i % 7}?\tAnswer {i}\ttopic{i % 7}\n" for i in range(1000))
    text = "#separator:tab\n#html:false\n#tags column:3\n" + rows
    start = time.perf_counter()
    made = notes_to_pack(read_notes(text), ImportOptions("big", "Big"))
    seconds = time.perf_counter() - start
    assert len(made.pack.cards) == 1000 and len(made.pack.sections) == 7
    assert len({c.id for c in made.pack.cards}) == 1000
    report(f"import: 1,000 Anki notes made into a pack in {seconds * 1000:.0f} ms")


@pytest.mark.slow  # seconds of a full app: CI runs it (--slow)
def test_commands_write_files_once_and_validate(tmp_path):
    deck = tmp_path / "deck.apkg"
    result = run("export-anki", str(MINI_PACK), "--out", str(deck))
    assert result.returncode == 0 and "9 notes" in result.stdout and zipfile.is_zipfile(deck)
    before = deck.read_bytes()
    result = run("export-anki", str(MINI_PACK), "--out", str(deck))
    assert result.returncode == 1 and "--force" in result.stderr and deck.read_bytes() == before
    assert run("export-anki", str(MINI_PACK), "--out", str(deck), "--force").returncode == 0
    source = tmp_path / "cells.txt"
    source.write_text("mitochondria\tmakes ATP\x1b[31m\nnucleus\tholds the DNA\n", encoding="utf-8")
    out = tmp_path / "cells.yaml"
    result = run("import", str(source), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "\x1b" not in out.read_text() and "2 cards" in result.stdout
    assert run("validate", str(out)).returncode == 0
    assert run("import", str(source), "--out", str(out)).returncode == 1
    missing = run("import", str(tmp_path / "nope.txt"), "--out", str(tmp_path / "x.yaml"))
    assert missing.returncode == 1 and "cannot read" in missing.stderr and "Traceback" not in missing.stderr
    assert not list(tmp_path.glob(".*.tmp"))
