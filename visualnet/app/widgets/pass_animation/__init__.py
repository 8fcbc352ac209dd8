"""The forward/backward pass, animated: the course's building-block diagram playing a real trace."""
from .view import PassAnimation

__all__ = ["PassAnimation"]
