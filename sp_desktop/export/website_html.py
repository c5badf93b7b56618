"""HTML building blocks of the exported website: escaping, the page frame, component items (export layer).

Every text a team typed goes through :func:`esc` (``html.escape`` with quotes), so ``<script>``, ``&``
and quotes show as typed. Pages load only their own files (a Content-Security-Policy says so to the
browser too), so the site works from a flash drive as well as on any web host.
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterable

from .blocks import Item, KeyValue, NumberedList, TextItem

CSP = (
    "default-src 'none'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "base-uri 'none'; form-action 'none'"
)
"""Nothing but the site's own files: no CDN, no web font, no inline script (even a mis-escaped one) runs."""


def esc(text: object) -> str:
    """``text`` safe inside HTML element content and quoted attribute values."""
    return html.escape("" if text is None else str(text), quote=True)


def json_for_script(data: object) -> str:
    """JSON safe inside ``<script type="application/json">``: no ``<``, ``>`` or ``&`` that could end it."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def text_html(text: str) -> str:
    """Escaped text whose line breaks stay line breaks."""
    return "<br>".join(esc(part) for part in str(text).split("\n"))


def items_html(items: Iterable[Item]) -> str:
    """The URAIAN items of a component (paragraphs, numbered lists, labelled values) as HTML."""
    out: list[str] = []
    for item in items:
        if isinstance(item, TextItem):
            css = ' class="catatan"' if item.italic else ""
            out.append(f"<p{css}>{text_html(item.text)}</p>")
        elif isinstance(item, NumberedList):
            kind = ' type="a"' if item.style == "lower-alpha" else ""
            entries = []
            for entry in item.entries:
                detail = f'<span class="rinci">{text_html(entry.detail)}</span>' if entry.detail else ""
                entries.append(f"<li>{text_html(entry.text)}{detail}</li>")
            out.append(f"<ol{kind}>{''.join(entries)}</ol>")
        elif isinstance(item, KeyValue):
            title = f"<p>{esc(item.title)}</p>" if item.title else ""
            rows = "".join(f"<dt>{esc(label)}</dt><dd>{text_html(value)}</dd>" for label, value in item.pairs)
            out.append(f"{title}<dl>{rows}</dl>")
    return "\n".join(out)


def page(title: str, body: str, *, site_name: str, root: str = "", scripts: tuple[str, ...] = ()) -> str:
    """A whole HTML document.

    Args:
        title: The page's own title (escaped here).
        body: The ``<main>`` content, already HTML.
        site_name: The unit's name, shown in the header and the tab title.
        root: The way back to the site's root from this page ("" or "../").
        scripts: The site's own script files to load at the end (relative to the root).
    """
    tags = "".join(f'<script src="{esc(root + name)}"></script>' for name in scripts)
    return (
        "<!DOCTYPE html>\n"
        '<html lang="id">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        f"<title>{esc(title)} | {esc(site_name)}</title>\n"
        f'<link rel="stylesheet" href="{esc(root)}style.css">\n</head>\n<body>\n'
        '<a class="lompat" href="#isi">Langsung ke isi</a>\n'
        f'<header class="kepala"><p class="situs"><a href="{esc(root)}index.html">{esc(site_name)}</a></p>\n'
        f'<nav aria-label="Navigasi utama"><ul><li><a href="{esc(root)}index.html">Daftar layanan</a></li>'
        f'<li><a href="{esc(root)}maklumat.html">Maklumat Pelayanan</a></li></ul></nav></header>\n'
        f'<main id="isi">\n{body}\n</main>\n'
        '<footer class="kaki"><p>Halaman ini dibuat dengan SP Desktop dari Standar Pelayanan yang disusun unit.</p>'
        f"</footer>\n{tags}\n</body>\n</html>\n"
    )
