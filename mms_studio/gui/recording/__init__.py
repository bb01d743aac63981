"""Crash-safe take files and the capture pipeline behind the Record page."""
