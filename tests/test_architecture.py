"""Dependencies point one way (docs/architecture.md): a module imports only lower layers.

The test walks the ``ast`` of every module, so a stray import fails here rather than in review.
"""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "provenance"

#: Layer of each top-level module or sub-package; a module may import its own
#: package's modules and any module of a strictly lower layer.
LAYERS = {
    "__init__": 0,
    "errors": 0,
    "vocab": -1,
    "models": 0,
    "convert": 1,
    "read": 1,
    "extract": 1,
    "migrations": 1,
    "store_lookups": 1,
    "store": 2,
    "lookups": 3,
    "resolve": 3,
    "store_exports": 4,
    "export": 5,
    "browse": 3,
    "datasette_plugin": 4,
    "ingest": 4,
    "cli": 6,
    "docgen": 7,
    "__main__": 7,
}
#: What the pure layers may import from outside the standard library.
THIRD_PARTY = {
    "models": {"attrs"},
    "extract": {"attrs"},
    "resolve": {"attrs"},
    "convert": {"cattrs", "attrs"},
}


def unit_of(path: Path) -> str:
    rel = path.relative_to(PACKAGE)
    return rel.parts[0].removesuffix(".py")


def imports(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package_parts = path.relative_to(PACKAGE.parent).with_suffix("").parts[:-1]
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package_parts[: len(package_parts) - node.level + 1]
                module = ".".join(base + ((node.module,) if node.module else ()))
                names = [module] if node.module else [f"{module}.{a.name}" for a in node.names]
            else:
                names = [node.module or ""]
            yield from names
        elif isinstance(node, ast.Import):
            yield from (a.name for a in node.names)


MODULES = sorted(p for p in PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_point_downwards(path):
    unit = unit_of(path)
    assert unit in LAYERS, f"add {unit} to LAYERS in this test and to docs/architecture.md"
    for name in imports(path):
        parts = name.split(".")
        if parts[0] != "provenance" or len(parts) == 1:
            continue
        target = parts[1]
        if (
            target == unit or target not in LAYERS
        ):  # same unit, or a name defined in provenance/__init__
            continue
        assert LAYERS[target] < LAYERS[unit], (
            f"{path.name} (layer {LAYERS[unit]}) imports {name} (layer {LAYERS[target]})"
        )


@pytest.mark.parametrize("unit", sorted(THIRD_PARTY))
def test_pure_layers_import_only_what_they_need(unit):
    import sys

    allowed = THIRD_PARTY[unit] | set(sys.stdlib_module_names) | {"provenance", "__future__"}
    paths = (
        [PACKAGE / f"{unit}.py"]
        if (PACKAGE / f"{unit}.py").exists()
        else list((PACKAGE / unit).rglob("*.py"))
    )
    for path in paths:
        for name in imports(path):
            assert name.split(".")[0] in allowed, f"{path.name} imports {name}"


def test_nothing_imports_the_cli():
    for path in MODULES:
        unit = unit_of(path)
        if LAYERS[unit] >= LAYERS["cli"]:
            continue
        for name in imports(path):
            assert not name.startswith("provenance.cli"), f"{path.name} imports the CLI"


def test_lookups_know_the_newest_migration():
    from provenance.migrations import migrations
    from provenance.store_lookups import SCHEMA_VERSION

    assert migrations._migrations[-1].name == SCHEMA_VERSION


def test_modules_stay_small():
    for path in MODULES:
        lines = path.read_text(encoding="utf-8").count("\n")
        assert lines <= 800, f"{path.relative_to(PACKAGE)} has {lines} lines; split it"
