"""``python -m visualnet.app.widgets.pass_animation``: the pass animation alone on the demo."""
from ..demo import run_demo
from .view import PassAnimation

run_demo(PassAnimation, 1280, 760)
