"""visualnet's engine: the course's deep L-layer network in plain, vectorized NumPy.

Importing it loads NumPy only -- never Qt -- so it is cheap and usable from scripts and tests.
"""
from .errors import (ArchitectureError, DatasetError, FileFormatError, LabelError,
                     MissingDependencyError, ResourceLimitError, ShapeError, VisualnetError)
from .network import Cache, Network, parameter_count

__all__ = ["Network", "Cache", "parameter_count", "VisualnetError", "ArchitectureError",
           "ShapeError", "LabelError", "DatasetError", "FileFormatError", "ResourceLimitError",
           "MissingDependencyError"]
