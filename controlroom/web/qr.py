"""QR codes of the views' links, as SVG (segno): for the index page and the Skjermer panel alike."""

from __future__ import annotations

import io


def qr_svg(url: str, *, dark: str = "#000000", light: str = "#ffffff") -> str:
    """An SVG QR code for ``url`` that scales to any size (a viewBox, no fixed width or height), with
    the quiet zone a phone's camera needs and medium error correction (a smudged screen still reads)."""
    import segno  # loaded with the first code drawn, not with the server

    code = segno.make(url, error="m", micro=False)
    out = io.BytesIO()
    code.save(out, kind="svg", scale=1, border=4, xmldecl=False, svgns=True, omitsize=True, dark=dark,
              light=light, title=None)
    return out.getvalue().decode("utf-8")
