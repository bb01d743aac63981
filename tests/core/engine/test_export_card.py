"""Exports write the model card afresh: an adapter saved with an older card (another app
version, or a path of the computer that trained it) is exported with today's card."""

from __future__ import annotations

import shutil
import zipfile

from mms_studio import MMS_LICENSE_NOTICE
from mms_studio.core.engine.library import export_bundle, export_hf_folder, save_adapter


def test_exports_make_the_card_again_from_the_adapters_files(trained, tmp_path):
    folder = tmp_path / "adapters" / "synthetic"
    save_adapter(trained.model, folder=folder, name="synthetic", language="xsy",
                 vocab=trained.codec.vocab, base_model=str(trained.base_dir),
                 metrics={"cer": trained.result.best_cer, "steps": trained.result.steps})
    fresh = (folder / "README.md").read_text(encoding="utf-8")
    stale = "# Old card\n\nTrained at /home/someone/private/base. Needs MMS Studio.\n"
    (folder / "README.md").write_text(stale, encoding="utf-8")

    hf = export_hf_folder(folder, base_dir=trained.base_dir, out=tmp_path / "hf")
    card = (hf / "README.md").read_text(encoding="utf-8")
    assert card == fresh and "/home/someone" not in card and MMS_LICENSE_NOTICE in card

    bundle = export_bundle(folder, tmp_path / "b.zip", as_zip=True)
    with zipfile.ZipFile(bundle) as zf:
        assert zf.read("README.md").decode("utf-8") == fresh
    shutil.rmtree(hf)
