"""The domain of studybot: packs, grading, scheduling, the progress store, the tutor.

Nothing here imports textual (tests/test_import_hygiene.py enforces it)."""
