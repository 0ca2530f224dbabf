"""The ``provenance`` console script (and ``python -m provenance``), with a fast path for scripts.

``provenance chain CLAIM_ID --json`` is what scripts call in loops, so it has a
start-up budget (under 4x ``python -c pass``; ``benchmarks/test_cli.py``). The
typer application cannot meet it: importing typer costs about 2x on its own and,
since typer 0.2x, every invocation builds a pydantic ``TypeAdapter`` per
parameter (pydantic's import and schema generation cost about 6x more). So this
entry point recognises that one exact form -- ``chain ID --json`` with an
optional ``--db PATH`` / ``--db=PATH``, in any order -- and answers it with the
same library call the typer command makes (:func:`provenance.lookups.get_claim`
over :class:`provenance.store_lookups.Lookups`), importing only the standard
library. Anything else, including ``--help`` and any other option, goes to
the typer app unchanged; ``tests/test_cli_chain.py`` checks both give the
same output and the same errors.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def fast_chain_args(argv: Sequence[str]) -> tuple[str, str | None] | None:
    """``(claim_id, db)`` when ``argv`` is exactly ``chain ID --json [--db PATH]``, else None."""
    if len(argv) < 3 or argv[0] != "chain":
        return None
    claim_id: str | None = None
    db: str | None = None
    as_json = False
    rest = list(argv[1:])
    while rest:
        token = rest.pop(0)
        if token == "--json" and not as_json:
            as_json = True
        elif token == "--db" and db is None and rest and rest[0] and not rest[0].startswith("-"):
            db = rest.pop(0)
        elif token.startswith("--db=") and db is None and len(token) > 5:
            db = token[5:]
        elif not token.startswith("-") and claim_id is None:
            claim_id = token
        else:
            return None  # anything unusual: let typer parse it (and explain any mistake)
    if not as_json or claim_id is None:
        return None
    return claim_id, db


def _run_fast_chain(claim_id: str, db: str | None) -> int:
    import json

    from .errors import ProvenanceError
    from .lookups import get_claim, open_lookups

    # The same translation as the typer app's ProvenanceGroup: one line on stderr, its exit code.
    try:
        with open_lookups(db) as lookups:
            record = get_claim(lookups, claim_id)
    except ProvenanceError as exc:
        sys.stderr.write(f"Error: {exc}\n")
        return exc.exit_code
    sys.stdout.write(json.dumps(record, ensure_ascii=False, indent=2) + "\n")
    return 0


def main(argv: Sequence[str] | None = None) -> None:
    """Run the command line (``argv`` defaults to ``sys.argv[1:]``): the fast path when it applies, else the typer app."""
    args = sys.argv[1:] if argv is None else list(argv)
    fast = fast_chain_args(args)
    if fast is not None:
        sys.exit(_run_fast_chain(*fast))
    if argv is None:
        from .cli import main as cli_main

        cli_main()
    else:
        from .cli import app

        app(args=args, prog_name="provenance")


if __name__ == "__main__":
    main()
