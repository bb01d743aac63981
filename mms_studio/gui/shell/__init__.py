"""The app shell: settings, logging, crash reporting — what every page relies on."""
