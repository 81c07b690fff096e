"""The workbook as Word (python-docx): built-in styles (Title, Heading 1–3, List Bullet) so organisers
can restyle and edit it, and a real TOC field Word fills in when the document is opened. Headings keep
with the next paragraph and are never split over two pages; ``#tags`` are set off in a character style
of their own (bold on a light shade), their text unchanged."""

from __future__ import annotations

import io
import re
import threading
import zipfile

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from lxml.etree import SubElement

from controlroom.i18n import tr
from controlroom.workbook.model import TAG_RE, Node, Progress, Ticker, WorkbookDoc

STAR = "★ "
GREY = "5F6B7A"
TAG_COLOR, TAG_SHADE = "1F3A5F", "E3EAF4"
_W_VAL, _W_COLOR, _W_SHD, _W_FILL = qn("w:val"), qn("w:color"), qn("w:shd"), qn("w:fill")


def render_docx(doc: WorkbookDoc, progress: Progress | None = None, cancel: threading.Event | None = None) -> bytes:
    d = Document()
    styles = d.styles
    st = {name: styles[name] for name in ("Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3", "List Bullet", "Normal")}
    d.core_properties.title = doc.title
    d.core_properties.subject = doc.subtitle
    d.core_properties.author = "Kontrollrom"
    d.core_properties.language = "nb-NO"

    # Title page
    d.add_paragraph(doc.title, style=st["Title"])
    d.add_paragraph(doc.subtitle, style=st["Subtitle"])
    for fact in doc.facts:
        d.add_paragraph(fact, style=st["Normal"])
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # Contents: a TOC field over Heading 1–2; Word updates it on opening (updateFields).
    toc_title = d.add_paragraph(tr("Innhold"), style=st["Subtitle"])
    toc_title.paragraph_format.space_after = Pt(12)
    _toc_field(d.add_paragraph(), tr("Innholdsfortegnelsen oppdateres når dokumentet åpnes i Word (høyreklikk → Oppdater felt)."))
    _update_fields_on_open(d)
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # The body, 30,000 paragraphs and more, is written as WordprocessingML text in one go (python-docx
    # builds each element through Python, ~20 µs a run) and put in place of a marker paragraph in the saved
    # package: same elements, same built-in styles, a fraction of the time.
    ids = {name: st[name].style_id for name in st}
    body = BodyXml(ids, _tag_style(styles), Ticker(len(doc.nodes), progress, cancel))
    d.add_paragraph(BODY_MARK)
    for node in doc.nodes:
        body.node(node)
    body.ticker.check()
    buf = io.BytesIO()
    d.save(buf)
    return _put_body(buf.getvalue(), body.xml())


#: The text of the paragraph the body takes the place of.
BODY_MARK = "\u2063kontrollrom-arbeidsbok-innhold\u2063"
_XML_INVALID = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _x(text: str) -> str:
    """``text`` as XML character data (a character XML 1.0 cannot hold is left out)."""
    return _XML_INVALID.sub("", text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class BodyXml:
    """The workbook's nodes as ``<w:p>`` elements (text), with the styles of the document they go in.

    Each node's text is escaped once; ``#tags`` are found in the escaped text (escaping never touches a tag
    nor the space before one, so the same tags are found)."""

    def __init__(self, style_ids: dict[str, str], tag_style: str, ticker: Ticker) -> None:
        self.ticker = ticker
        self.parts: list[str] = []
        self.tag_run = f'<w:r><w:rPr><w:rStyle w:val="{tag_style}"/></w:rPr><w:t>#'
        self.heading = {level: f'<w:p><w:pPr><w:pStyle w:val="{style_ids[f"Heading {level}"]}"/><w:keepNext/>'
                                '<w:keepLines/></w:pPr>' for level in (1, 2, 3)}
        self.bullet = f'<w:p><w:pPr><w:pStyle w:val="{style_ids["List Bullet"]}"/></w:pPr>'
        self.normal = f'<w:p><w:pPr><w:pStyle w:val="{style_ids["Normal"]}"/></w:pPr>'
        self.star = _run(STAR, BOLD)

    def xml(self) -> str:
        return "".join(self.parts)

    def node(self, node: Node) -> None:
        out = self.parts
        if node.kind == "heading":
            out += [self.heading.get(node.level, self.heading[3]), _run(_x(node.text)), "</w:p>"]
        elif node.kind == "item":
            out.append(self.bullet)
            if node.starred:
                out.append(self.star)
            self.tagged(_x(node.text), BOLD if node.starred else "")
            if node.label:
                out.append(_run(" — " + _x(node.label), LABEL))
            out.append("</w:p>")
        elif node.kind == "note":
            if node.label:
                out += [self.normal, _run(_x(node.label), LABEL), "</w:p>"]
            for chunk in _x(node.text).split("\n\n"):
                out.append(self.normal)
                self.tagged(chunk.strip("\n"), "")
                out.append("</w:p>")
        else:
            out += [self.normal, _run(_x(node.text)), "</w:p>"]
        self.ticker.step()

    def tagged(self, text: str, props: str) -> None:
        """Escaped ``text`` as runs, each ``#tag`` its own run in the tag character style."""
        out = self.parts
        for i, piece in enumerate(TAG_RE.split(text)):  # plain text, tag name, plain text, …
            if i % 2:
                out.append(f"{self.tag_run}{piece}</w:t></w:r>")  # a tag has no spaces, tabs or line breaks
            elif piece:
                out.append(_run(piece, props))


#: Run properties: bold (a starred input), the label's grey italics.
BOLD = "<w:rPr><w:b/></w:rPr>"
LABEL = f'<w:rPr><w:i/><w:color w:val="{GREY}"/></w:rPr>'


def _run(text: str, props: str = "") -> str:
    """One ``<w:r>`` of escaped ``text``: line breaks as ``<w:br/>``, tabs as ``<w:tab/>``, spaces kept."""
    if "\n" not in text and "\t" not in text:
        return f'<w:r>{props}<w:t xml:space="preserve">{text}</w:t></w:r>' if text else f"<w:r>{props}</w:r>"
    out = ["<w:r>", props]
    for i, line in enumerate(text.split("\n")):
        if i:
            out.append("<w:br/>")
        for j, part in enumerate(line.split("\t")):
            if j:
                out.append("<w:tab/>")
            if part:
                out.append(f'<w:t xml:space="preserve">{part}</w:t>')
    out.append("</w:r>")
    return "".join(out)


def _put_body(package: bytes, body: str) -> bytes:
    """``package`` (a saved .docx) with the marker paragraph in ``word/document.xml`` replaced by ``body``."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "word/document.xml":
                xml = data.decode("utf-8")
                mark = xml.index(BODY_MARK)
                start = max(xml.rfind("<w:p>", 0, mark), xml.rfind("<w:p ", 0, mark))
                end = xml.index("</w:p>", mark) + len("</w:p>")
                data = (xml[:start] + body + xml[end:]).encode("utf-8")
            dst.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def _tag_style(styles) -> str:
    """A character style for ``#tags`` (bold, dark blue on a light shade) that organisers can restyle;
    its style id."""
    style = styles.add_style(tr("Emneknagg"), WD_STYLE_TYPE.CHARACTER)
    style.font.bold = True
    style.font.color.rgb = RGBColor.from_string(TAG_COLOR)
    shd = SubElement(style.element.get_or_add_rPr(), _W_SHD)
    shd.set(_W_VAL, "clear")
    shd.set(_W_COLOR, "auto")
    shd.set(_W_FILL, TAG_SHADE)
    return style.style_id


def _toc_field(paragraph, placeholder: str) -> None:
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = 'TOC \\o "1-2" \\h \\z \\u'
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    # python-docx has no public API for field codes: they go into the run's XML element (``_r``).
    run._r.append(begin)  # noqa: SLF001
    run._r.append(instr)  # noqa: SLF001
    run._r.append(sep)  # noqa: SLF001
    paragraph.add_run(placeholder).italic = True
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    paragraph.add_run()._r.append(end)  # noqa: SLF001


def _update_fields_on_open(d) -> None:
    settings = d.settings.element
    el = OxmlElement("w:updateFields")
    el.set(qn("w:val"), "true")
    settings.append(el)
