"""The parsed-pack cache: a second load comes from it, and it is never stale."""

from __future__ import annotations

import ast
import shutil
from pathlib import Path

import pytest

from studybot.core.packs import cache, load_pack

from .conftest import MINI_PACK


@pytest.fixture
def parses(monkeypatch, tmp_path):
    """Counts how often load_pack parses YAML (a cache miss), with a cache in tmp_path."""
    monkeypatch.setenv("STUDYBOT_CACHE_DIR", str(tmp_path / "cache"))
    calls: list[str] = []
    parse = cache.load_pack_text

    def counting(text: str, path: str = "<pack>"):
        calls.append(path)
        return parse(text, path)

    monkeypatch.setattr(cache, "load_pack_text", counting)
    return calls


@pytest.fixture
def pack_file(tmp_path) -> Path:
    path = tmp_path / "mini.yaml"
    shutil.copyfile(MINI_PACK, path)
    return path


def cached_files(tmp_path) -> list[Path]:
    return sorted((tmp_path / "cache" / "packs").glob("*.json"))


def test_second_load_comes_from_the_cache_and_is_equal(parses, pack_file, tmp_path):
    first = load_pack(pack_file)
    assert parses == [str(pack_file)] and len(cached_files(tmp_path)) == 1
    second = load_pack(pack_file)
    assert parses == [str(pack_file)], "the second load parsed again"
    assert second == first
    assert second.card("fish-exports").number == first.card("fish-exports").number
    assert second.path == str(pack_file)


def test_a_changed_pack_file_is_parsed_again(parses, pack_file, tmp_path):
    load_pack(pack_file)
    pack_file.write_text(pack_file.read_text(encoding="utf-8").replace(
        "title: A mini pack about a made-up harbour town", "title: Saltbay, edited"), encoding="utf-8")
    edited = load_pack(pack_file)
    assert len(parses) == 2 and edited.title == "Saltbay, edited"
    assert len(cached_files(tmp_path)) == 2


def test_a_changed_loader_module_is_parsed_again(parses, pack_file, monkeypatch):
    load_pack(pack_file)
    monkeypatch.setattr(cache, "CODE_KEY", "0123456789abcdef")
    assert load_pack(pack_file) == load_pack(pack_file)
    assert len(parses) == 2


@pytest.mark.parametrize("module", cache.KEY_MODULES)
def test_editing_any_key_module_changes_the_code_key(tmp_path, module):
    package = Path(cache.__file__).parent
    copies = []
    for name in cache.KEY_MODULES:
        shutil.copyfile(package / name, tmp_path / name)
        copies.append(tmp_path / name)
    assert cache.code_key(copies) == cache.CODE_KEY
    with (tmp_path / module).open("a", encoding="utf-8") as f:
        f.write("\n# edited\n")
    assert cache.code_key(copies) != cache.CODE_KEY


def test_the_key_covers_every_module_the_loader_imports():
    """KEY_MODULES is closed under the package's own imports, starting from cache.py."""
    package = Path(cache.__file__).parent
    seen, todo = set(), ["cache.py"]
    while todo:
        name = todo.pop()
        seen.add(name)
        tree = ast.parse((package / name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module:
                module = f"{node.module}.py"
                if module not in seen:
                    todo.append(module)
    assert seen <= set(cache.KEY_MODULES), seen - set(cache.KEY_MODULES)


def test_a_damaged_cache_entry_is_parsed_again(parses, pack_file, tmp_path):
    first = load_pack(pack_file)
    [entry] = cached_files(tmp_path)
    entry.write_text('{"id": "mini", "cards": [', encoding="utf-8")
    assert load_pack(pack_file) == first
    assert len(parses) == 2


def test_an_empty_cache_dir_turns_the_cache_off(parses, pack_file, monkeypatch, tmp_path):
    monkeypatch.setenv("STUDYBOT_CACHE_DIR", "")
    load_pack(pack_file)
    load_pack(pack_file)
    assert len(parses) == 2 and not (tmp_path / "cache").exists()


def test_language_and_synonyms_survive_the_cache(parses, tmp_path):
    path = tmp_path / "ru.yaml"
    path.write_text(MINI_PACK.read_text(encoding="utf-8").replace(
        "aliases:\n", "language: ru\nsynonyms:\n  - [fell, dropped, declined]\naliases:\n", 1), encoding="utf-8")
    first = load_pack(path)
    second = load_pack(path)
    assert len(parses) == 1 and second == first
    assert second.language == "ru" and second.synonyms == (("fell", "dropped", "declined"),)
