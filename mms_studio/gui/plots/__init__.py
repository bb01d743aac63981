"""pyqtgraph views; the only GUI modules (with audio_io/recording) that import pyqtgraph eagerly."""
