"""The base catalogue's languages and speed notes reach the Base model dialog in the interface
language: they are core Messages looked up in context "core", like a job's status."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from mms_studio.core.engine.families.catalog import BASES
from mms_studio.core.tasks import Message
from mms_studio.gui.core_messages import TEMPLATES


class _Marked(QTranslator):
    """Every "core" sentence comes back wrapped in ⟦ ⟧: a translation the test can see."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002 - Qt's
        return f"⟦{source}⟧" if context == "core" else None

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


@pytest.fixture
def marked(qapp):
    translator = _Marked()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_catalogue_texts_are_listed_messages():
    for base in BASES:
        for text in (base.languages, base.speed_note):
            assert isinstance(text, Message) and text.template in TEMPLATES


def test_the_dialog_shows_them_translated(marked, qtbot, project, tmp_path, monkeypatch,
                                          wait_for_worker):
    monkeypatch.setenv("MMS_STUDIO_CACHE_DIR", str(tmp_path / "converted"))
    from mms_studio.gui.base_models_dialog import BaseModelsDialog

    dialog = BaseModelsDialog(project)
    qtbot.addWidget(dialog)
    wait_for_worker(dialog.cache_worker)
    rows = [dialog.bases.item(i).text() for i in range(dialog.bases.count())]
    for base in BASES:
        row = next(r for r in rows if r.startswith(base.title))
        assert f"⟦{base.languages}⟧" in row and f"⟦{base.speed_note}⟧" in row
