"""Widgets of the Review page: the long recording's waveform with its segments, undo steps."""
