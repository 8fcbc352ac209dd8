"""Tests run offscreen by themselves: no display is needed, none is touched."""
import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
