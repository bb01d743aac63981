"""The desktop app: Qt widgets over `mms_studio.core`.

All logic (projects, audio, text, training, transcription) lives in core; the
GUI only shows state, collects choices and runs core's long jobs in worker
threads (`workers.py`). Heavy modules (torch, transformers, pyqtgraph,
sounddevice) are imported lazily so the window opens fast (`bench/startup.py`).
"""
