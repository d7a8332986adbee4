"""The committed translations: complete and consistent, compiled, and found by Qt at run time."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox

from fieldkit.i18n import install_translators
from fieldkit.i18n_check import TsMessage, check_ts, message_problems, read_ts

ROOT = Path(__file__).resolve().parents[1]


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("fieldkit_i18n_script", ROOT / "scripts" / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


script = _load_script()


@pytest.fixture
def az(qapp: object) -> Iterator[None]:
    assert install_translators("az")
    yield
    install_translators("en")


@pytest.fixture
def ru(qapp: object) -> Iterator[None]:
    assert install_translators("ru")
    yield
    install_translators("en")


@pytest.mark.parametrize("language", script.LANGUAGES)
def test_every_string_is_translated_with_its_placeholders_and_mnemonic(language: str) -> None:
    files = [script.ts_path(language), script.qt_supplement(language)]
    problems = [str(problem) for path in files if path for problem in check_ts(path)]
    assert problems == [], "run `uv run python scripts/i18n.py check`:\n" + "\n".join(problems)
    assert len(read_ts(script.ts_path(language))) > 500


@pytest.mark.parametrize("language", script.LANGUAGES)
def test_the_committed_qm_file_is_what_the_ts_file_compiles_to(language: str, tmp_path: Path) -> None:
    fresh = tmp_path / f"fieldkit_{language}.qm"
    script.compile_qm(language, fresh)
    committed = script.qm_path(language)
    assert committed.exists(), f"{committed.name} is missing: run `uv run python scripts/i18n.py compile`"
    assert committed.read_bytes() == fresh.read_bytes(), "stale .qm: run `uv run python scripts/i18n.py compile`"


def test_the_check_catches_a_lost_placeholder_a_lost_mnemonic_and_an_unfinished_string() -> None:
    def problems(source: str, *translations: str, kind: str = "", numerus: bool = False) -> list[str]:
        message = TsMessage("Page", source, numerus=numerus, translations=list(translations), kind=kind)
        return message_problems(message, "ru")

    assert problems("Saved %1 (%2 changes).", "Сохранено: %1 (изменений: %2).") == []
    assert problems("Materials & stock", "Материалы и запасы") == []  # "& " is an ampersand, not a mnemonic
    assert problems("Saved %1", "Сохранено") == ["placeholders differ from the source (missing %1)"]
    assert problems("&Edit…", "Изменить…") == ["needs exactly one & mnemonic (the source has &E), found 0"]
    assert problems("&Edit…", "&Изм&енить…") == ["needs exactly one & mnemonic (the source has &E), found 2"]
    assert problems("Devices", "&Устройства") != []
    assert problems("Devices", "Устройства", kind="unfinished") == ["unfinished"]
    assert problems("Devices", "") == ["empty translation"]
    forms = ("%n мероприятие", "%n мероприятия", "мероприятий")
    assert problems("%n event(s)", *forms, numerus=True) == [
        "plural form 3: placeholders differ from the source (missing %n)"
    ]


@pytest.mark.usefixtures("az")
def test_the_azerbaijani_translator_names_the_screens_and_counts() -> None:
    translate = QCoreApplication.translate
    assert translate("EventsPage", "Events") == "Tədbirlər"
    assert translate("PeoplePage", "People") == "İştirakçılar"
    assert translate("StockPage", "Materials & stock") == "Materiallar və ehtiyat"
    assert translate("LeafletsPage", "Leaflets") == "Vərəqələr"
    assert translate("SyncPage", "Sync") == "Sinxronlaşdırma"
    assert translate("SettingsPage", "Settings") == "Tənzimləmələr"
    assert translate("MainWindow", "Field Kit") == "Field Kit"
    assert translate("EventsPage", "%n event(s)", "", 3) == "3 tədbir"
    # filed by `update` under the context the module's tr() wrapper uses, not under none
    assert translate("SettingsModels", "yes") == "bəli"
    assert translate("HomePage", "Tomorrow") == "Sabah"
    # Qt's own buttons come from translations/qt_az.ts, compiled into fieldkit_az.qm
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    assert sorted(button.text() for button in buttons.buttons()) == ["Ləğv et", "Yadda saxla"]


@pytest.mark.usefixtures("ru")
def test_the_russian_translator_uses_three_plural_forms() -> None:
    translate = QCoreApplication.translate
    assert translate("SettingsPage", "Settings") == "Настройки"
    counted = [translate("EventsPage", "%n event(s)", "", n) for n in (1, 3, 5, 21)]
    assert counted == ["1 мероприятие", "3 мероприятия", "5 мероприятий", "21 мероприятие"]


def test_english_is_back_after_a_translated_test(qapp: object) -> None:
    install_translators("az")
    install_translators("en")
    assert QCoreApplication.translate("EventsPage", "Events") == "Events"


def test_every_string_in_the_code_is_in_the_committed_ts_files(monkeypatch: pytest.MonkeyPatch) -> None:
    """lupdate run afresh over the code, into copies of the .ts files, finds nothing new: a string
    added to the UI without a translation fails here (``scripts/i18n.py update`` files it)."""
    import dataclasses
    import os
    import shutil

    scratch = ROOT / "build" / "i18n-check"
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir(parents=True)
    try:
        for language in script.LANGUAGES:
            shutil.copyfile(script.ts_path(language), scratch / script.ts_path(language).name)
        monkeypatch.setattr(script, "TRANSLATIONS", scratch)
        # lupdate writes locations relative to the .ts file (here ../../fieldkit/...), and update() matches
        # the wrapper calls it moves by location: give them the same, or they stay in the empty context too
        wrapped = script.wrapped_calls
        monkeypatch.setattr(
            script,
            "wrapped_calls",
            lambda name: [
                dataclasses.replace(call, filename=Path(os.path.relpath(ROOT / name, scratch)).as_posix())
                for call in wrapped(name)
            ],
        )
        script.update()
        missing = [
            f"[{language}] {m.context}: {m.source!r}"
            for language in script.LANGUAGES
            for m in read_ts(scratch / f"fieldkit_{language}.ts")
            if m.kind == "unfinished" or not all(t.strip() for t in m.translations)
        ]
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    assert missing == [], "run `uv run python scripts/i18n.py update`, then translate:\n" + "\n".join(missing)
