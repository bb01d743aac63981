"""Pure-Python core: everything the app does, usable from scripts and the CLI. Never imports Qt."""
