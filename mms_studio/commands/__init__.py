"""Subcommands of `mms-studio`, one module per area (project, engine, formats)."""
