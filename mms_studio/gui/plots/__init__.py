"""pyqtgraph views; the only GUI modules that import pyqtgraph eagerly."""
