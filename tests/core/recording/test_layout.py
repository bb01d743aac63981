"""Every name inside a project folder is written once, in core.project.layout."""

from __future__ import annotations

from mms_studio.core.project import Project, layout, lock, schema, settings
from mms_studio.core.recording.takes import session_dir


def test_the_store_and_the_takes_use_the_layout(tmp_path) -> None:
    from mms_studio.core.lm.store import LM_DIR, lm_dir

    assert (schema.DB_FILE, lock.LOCK_FILE, settings.SETTINGS_FILE, LM_DIR) == (
        layout.DB_FILE, layout.LOCK_FILE, layout.SETTINGS_FILE, layout.LM)
    project = Project.create(tmp_path / "p", language="abz", name="Abui")
    try:
        root = project.root
        assert project.clips_dir == layout.clips_dir(root) == root / "clips"
        assert project.runs_dir == layout.runs_dir(root)
        assert project.adapters_dir == layout.adapters_dir(root)
        assert project.exports_dir == layout.exports_dir(root)
        assert layout.to_transcribe_dir(root) == root / "recordings" / "to-transcribe"
        assert lm_dir(root) == layout.lm_dir(root)
        from mms_studio.core.workflows.demo import SAMPLE_RECORDING

        assert (root / SAMPLE_RECORDING).parent == layout.to_transcribe_dir(root)
        assert session_dir(root, "Ana María").parent == layout.recordings_dir(root)
        assert (root / layout.SETTINGS_FILE).is_file() and (root / layout.DB_FILE).is_file()
        assert all(not name.startswith("/") and ".." not in name for name in layout.FOLDERS)
    finally:
        project.close()
