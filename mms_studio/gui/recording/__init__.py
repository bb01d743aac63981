"""Qt widgets for recording (the level meter); takes themselves live in `core.recording`."""
