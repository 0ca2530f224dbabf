"""Generated reference docs stay in step with the code (``make docs`` regenerates them)."""

from __future__ import annotations

from provenance.docgen import DOCS, cli_commands, cli_markdown


def test_cli_reference_is_current():
    committed = (DOCS / "cli.md").read_text(encoding="utf-8")
    assert committed == cli_markdown(), "docs/cli.md is stale: run `make docs`"


def test_cli_reference_covers_every_command_with_help():
    text = cli_markdown()
    commands = list(cli_commands())
    assert len(commands) > 10
    for words, command in commands:
        assert f"## `{' '.join(words)}`" in text
        assert (command.help or command.short_help or "").strip(), (
            f"{' '.join(words)} has no help text"
        )
    names = {" ".join(words) for words, _ in commands}
    assert {
        "provenance claims",
        "provenance chain",
        "provenance sources merge",
        "provenance stats",
    } <= names
