"""Every error the engine raises is a code of its table with exactly the values its template names."""
from __future__ import annotations

import ast
import inspect
import pickle
import string
from pathlib import Path

import pytest

import visualnet.engine as engine
from visualnet.engine import errors
from visualnet.engine.errors import Bytes, FileFormatError, ProjectError, VisualnetError, say
from visualnet.engine.experiments import ExperimentError
from visualnet.engine.messages import MESSAGES

ENGINE = Path(engine.__file__).parent
ERROR_CLASSES = {name for name, cls in vars(errors).items()
                 if inspect.isclass(cls) and issubclass(cls, VisualnetError)} | {ExperimentError.__name__}


def fields(template: str) -> set[str]:
    """The names a template fills, e.g. {"path", "m"} for "{path} has m = {m:,} examples"."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def codes_of(node: ast.expr) -> list[str]:
    """The literal codes an argument can be: one constant, or either of ``"a" if test else "b"``."""
    if isinstance(node, ast.IfExp):
        return codes_of(node.body) + codes_of(node.orelse)
    assert isinstance(node, ast.Constant) and isinstance(node.value, str), ast.unparse(node)
    return [node.value]


def message_calls() -> list[tuple[str, ast.Call, str]]:
    """Each call that makes a message: an error class called directly, or say(...); with where it is."""
    calls = []
    for path in sorted(ENGINE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                    and (node.func.id in ERROR_CLASSES or node.func.id == "say"):
                calls.append((f"{path.relative_to(ENGINE)}:{node.lineno}", node, node.func.id))
    return calls


def test_the_scan_finds_the_raise_sites():
    assert len(message_calls()) > 200


@pytest.mark.parametrize("where, call, name", message_calls(), ids=lambda v: v if isinstance(v, str) else "")
def test_every_engine_message_is_a_known_code_with_the_values_its_template_names(where, call, name):
    assert call.args, f"{where}: {name}() without a code"
    assert len(call.args) == 1 and all(k.arg is not None for k in call.keywords), f"{where}: values go by name"
    for code in codes_of(call.args[0]):  # free text (an f-string) fails here
        assert code in MESSAGES, f"{where}: unknown code {code!r}"
        assert {k.arg for k in call.keywords} == fields(MESSAGES[code]), f"{where}: values of {code!r}"


def test_every_template_formats():
    for code, template in MESSAGES.items():
        assert code.count(".") == 1 and template, code
        template.format(**{name: 1 for name in fields(template)})  # no stray brace, every spec fits a number


def test_an_error_reads_in_english_and_keeps_its_code_and_values():
    error = ProjectError("file.cannot_build", where="a.vnet", reason=say("architecture.size_zero", l=2, n=0))
    assert str(error) == ("a.vnet describes a network visualnet cannot build: "
                          "n[2] = 0 must be at least 1: a layer needs a unit")
    assert error.message.code == "file.cannot_build"
    assert error.message.values["reason"].values == {"l": 2, "n": 0}
    assert isinstance(error, ValueError)


def test_an_error_crosses_a_process_boundary_whole():
    error = FileFormatError("limit.memory", what=say("what.reading", where="big.csv"), need=Bytes(3 << 30),
                            have=Bytes(1 << 30))
    back = pickle.loads(pickle.dumps(error))
    assert type(back) is FileFormatError and back.message == error.message
    assert str(back) == "reading big.csv would need 3.0 GiB of memory; the limit is 1.0 GiB"


def test_one_kind_of_error_can_tell_another_ones_message():
    inner = FileFormatError("npz.pickled", where="p.npz")
    outer = ProjectError.of(inner.message)
    assert isinstance(outer, ProjectError) and str(outer) == str(inner)
