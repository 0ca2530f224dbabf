"""The project's one cattrs converter: models <-> the JSON contract.

Nothing else imports cattrs. Structuring errors are turned into readable
``path: message`` lines by :func:`structure`.
"""

from __future__ import annotations

from typing import Any, TypeVar

import cattrs
from cattrs.gen import make_dict_unstructure_fn, override

from .errors import InvalidInput
from .models import Claim, Document, Figure, Hop

T = TypeVar("T")


def _make_converter() -> cattrs.Converter:
    # Tuples (spans, hops, hedges) become JSON arrays.
    conv = cattrs.Converter(forbid_extra_keys=False, unstruct_collection_overrides={tuple: list})

    # Hop: ``members`` only when there are some (the contract's optional field).
    hop_unstructure = make_dict_unstructure_fn(Hop, conv)

    def unstructure_hop(hop: Hop) -> dict[str, Any]:
        data = hop_unstructure(hop)
        if not data["members"]:
            del data["members"]
        return data

    conv.register_unstructure_hook(Hop, unstructure_hop)
    # Document: the text is stored, but the contract's document object omits it.
    conv.register_unstructure_hook(
        Document, make_dict_unstructure_fn(Document, conv, text=override(omit=True))
    )
    return conv


_converter = _make_converter()


def unstructure(obj: Any) -> Any:
    """Turn a model (or a list of models) into JSON-ready builtins."""
    return _converter.unstructure(obj)


def structure(data: Any, cls: type[T], *, where: str = "input") -> T:
    """Build ``cls`` from builtins; raise :class:`InvalidInput` with readable ``path: message`` lines."""
    try:
        return _converter.structure(data, cls)
    except Exception as exc:  # cattrs raises ClassValidationError / ValueError / TypeError
        if isinstance(exc, cattrs.BaseValidationError):
            lines = cattrs.transform_error(exc, path=where)
        else:
            lines = [f"{where}: {exc}"]
        raise InvalidInput("; ".join(lines)) from None


def claim_to_json(claim: Claim) -> dict[str, Any]:
    """A claim in the form of the claims contract."""
    return unstructure(claim)


def claim_from_json(data: dict[str, Any], *, where: str = "claim") -> Claim:
    """A claim from the contract's JSON form (e.g. a gold file's claim)."""
    data = dict(data)
    # The contract's optional fields: fill defaults the models expect.
    data.setdefault("origin_unstated", False)
    return structure(data, Claim, where=where)


def figure_from_json(data: dict[str, Any]) -> Figure:
    """A figure from its JSON form."""
    return structure(data, Figure, where="figure")


def document_json(document: Document) -> dict[str, Any]:
    """The contract's ``document`` object (no text)."""
    return unstructure(document)


def extraction_json(document: Document, claims: list[Claim]) -> dict[str, Any]:
    """The full output of ``provenance extract FILE --json``."""
    return {"document": document_json(document), "claims": [claim_to_json(c) for c in claims]}
