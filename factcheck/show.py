"""An article as a page with every claim highlighted: `factcheck show DOC`.

Plain HTML and CSS, one self-contained file: each figure is marked by its status and whether
it is flagged; its source, caveats and reasons show on hover and in the list beside the text.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

# Status colours: verified green, corroborated blue, contradicted red, unverified amber.
_CSS = """
body { font: 16px/1.55 Georgia, serif; margin: 0; color: #1d1d1f; background: #fafafa; }
header { padding: 16px 32px; background: #fff; border-bottom: 1px solid #ddd; }
header h1 { font-size: 22px; margin: 0 0 4px; }
header p { margin: 0; color: #555; font: 13px/1.4 system-ui, sans-serif; }
main { display: grid; grid-template-columns: minmax(0, 3fr) minmax(320px, 2fr); gap: 24px;
       padding: 24px 32px; }
article { background: #fff; padding: 24px 32px; border: 1px solid #ddd; white-space: pre-wrap; }
aside { font: 13px/1.45 system-ui, sans-serif; }
mark { border-radius: 3px; padding: 0 2px; cursor: help; }
mark.unverified { background: #ffe08a; }
mark.verified { background: #b7ebc6; }
mark.corroborated { background: #bcdcff; }
mark.contradicted { background: #ffb3b3; }
mark.flagged { outline: 2px solid #d9480f; }
sup { font: 10px system-ui, sans-serif; color: #d9480f; }
.claim { background: #fff; border: 1px solid #ddd; border-left: 4px solid #ffe08a;
         padding: 8px 12px; margin: 0 0 8px; }
.claim.verified { border-left-color: #2f9e44; }
.claim.corroborated { border-left-color: #1c7ed6; }
.claim.contradicted { border-left-color: #e03131; }
.claim b { font-size: 14px; }
.claim ul { margin: 4px 0 0 16px; padding: 0; }
.legend span { margin-right: 10px; }
"""


def render_article_html(document: dict[str, Any], claims: Sequence[dict[str, Any]]) -> str:
    """The page of one article with its claims marked.

    Args:
        document: the article's row (``text`` and, when known, ``title``, ``source``,
            ``published``).
        claims: its claim rows (``start``, ``end``, ``text``, ``status``, ``flagged``,
            ``source_text``, ``source_kind``, ``caveats``, ``flag_reasons``, ``subject``).

    Returns:
        A self-contained HTML document.
    """
    text = str(document["text"] or "")
    ordered = sorted(claims, key=lambda c: (c["start"], c["end"]))
    title = str(document.get("title") or document.get("doc") or "article")
    n_flagged = sum(1 for c in ordered if c["flagged"])
    meta = " · ".join(
        str(part)
        for part in (document.get("source"), document.get("published"))
        if part not in (None, "")
    )
    parts = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{html.escape(title)}</title><style>{_CSS}</style></head><body>",
        f"<header><h1>{html.escape(title)}</h1><p>{html.escape(meta)}</p>",
        f"<p>{len(ordered)} claim(s), {n_flagged} flagged. <span class=legend>"
        "<mark class=unverified>unverified</mark> <mark class=verified>verified</mark> "
        "<mark class=corroborated>corroborated</mark> "
        "<mark class=contradicted>contradicted</mark> "
        "<mark class='unverified flagged'>flagged</mark></span></p></header>",
        f"<main><article>{_marked_text(text, ordered)}</article><aside>",
        *(_claim_card(number, claim) for number, claim in enumerate(ordered, 1)),
        "</aside></main></body></html>",
    ]
    return "\n".join(parts)


def _marked_text(text: str, claims: Sequence[dict[str, Any]]) -> str:
    pieces = []
    at = 0
    for number, claim in enumerate(claims, 1):
        start, end = int(claim["start"]), int(claim["end"])
        if start < at or end > len(text):  # overlapping or stale offsets: list it, don't mark it
            continue
        pieces.append(html.escape(text[at:start]))
        classes = str(claim["status"]) + (" flagged" if claim["flagged"] else "")
        pieces.append(
            f'<mark id="c{number}" class="{classes}" title="{html.escape(_tooltip(claim))}">'
            f"{html.escape(text[start:end])}</mark><sup>{number}</sup>"
        )
        at = end
    pieces.append(html.escape(text[at:]))
    return "".join(pieces)


def _tooltip(claim: dict[str, Any]) -> str:
    source = claim["source_text"] or "no source"
    lines = [
        f"{claim['status']}: {claim['subject'] or '?'}",
        f"source: {source} ({claim['source_kind']})",
    ]
    caveats = _caveats(claim)
    if caveats:
        lines.append("caveats: " + ", ".join(caveats))
    lines += [f"- {reason}" for reason in claim["flag_reasons"] or []]
    return "\n".join(lines)


def _claim_card(number: int, claim: dict[str, Any]) -> str:
    source = claim["source_text"] or "no source"
    caveats = _caveats(claim)
    reasons = "".join(f"<li>{html.escape(r)}</li>" for r in claim["flag_reasons"] or [])
    return (
        f'<div class="claim {html.escape(str(claim["status"]))}">'
        f'<a href="#c{number}">{number}.</a> <b>{html.escape(str(claim["text"]))}</b> '
        f"{html.escape(str(claim['subject'] or ''))} · {html.escape(str(claim['status']))}"
        f"{' · flagged' if claim['flagged'] else ''}<br>"
        f"source: {html.escape(source)} ({html.escape(str(claim['source_kind']))})"
        + (f"<br>caveats: {html.escape(', '.join(caveats))}" if caveats else "")
        + (f"<ul>{reasons}</ul>" if reasons else "")
        + "</div>"
    )


def _caveats(claim: dict[str, Any]) -> list[str]:
    return [f"{c['kind']} ({c['text']})" if c.get("text") else c["kind"] for c in claim["caveats"]]
