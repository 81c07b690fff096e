"""The workbook on real files: .docx reopened with python-docx, .md read back, PDF rendered with pdftoppm,
and the bad cases (unwritable folder, disk full, cancel) leave nothing under the final name."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest
from docx import Document

from controlroom.inputs.log import InputLog
from controlroom.workbook.build import build_workbook
from controlroom.workbook.model import WorkbookCancelled, WorkbookWriteError
from controlroom.workbook.write import write_workbook


@pytest.fixture
def filled(store, blocks, clock):
    log = InputLog(store, clock)
    plenum = blocks[4].uid
    log.add("Frivilligheten må med tidlig #frivillighet #sdg17", block_uid=plenum, author="Kari Nordmann")
    s = log.add("! Felles maler for samarbeidsavtaler #sdg17", block_uid=plenum, source="teams")
    log.star(s.id)
    log.add("? Hvem betaler? Kontakt ola.hansen@example.no / 912 34 567", block_uid=plenum, source="zoom",
            author="Ola Hansen")
    log.add("+ Språkkafé digitalt #sdg4", block_uid=plenum, source="group", source_ref="3")
    log.add("~ Vekst mot utslipp #sdg13", block_uid=blocks[1].uid)
    log.add('<b>fet</b> { MERGEFIELD navn } <script>x</script>', block_uid=blocks[1].uid)
    log.add("Uten bolk #sdg13")
    return store


def _texts_by_style(path: Path) -> list[tuple[str, str]]:
    return [(p.style.name, p.text) for p in Document(str(path)).paragraphs if p.text.strip()]


def test_docx_structure_title_page_headings_and_no_personal_data(filled, tmp_path):
    out = write_workbook(build_workbook(filled), tmp_path / "arbeidsbok.docx")
    paras = _texts_by_style(out)
    assert paras[0] == ("Title", "Nettverkssamling integrering og frivillighet")
    assert paras[1] == ("Subtitle", "Arbeidsbok")
    assert ("Normal", "6. mai 2024") in paras[:5] and ("Normal", "Clarion Hotel Energy, Stavanger") in paras[:5]
    xml = (Document(str(out)).element.xml)
    assert 'TOC \\o "1-2"' in xml  # a real contents field
    h1 = [t for s, t in paras if s == "Heading 1"]
    assert h1 == [
        "09:00 Velkommen og innsjekk",
        "09:30 Status i nettverket: integrering og frivillighet",
        "10:30 Arbeidsgrupper første runde",
        "11:30 Deling i plenum fra gruppediskusjonene",
        "13:00 Andre runde — mix av deltakere",
        "14:00 Oppsummering og veien videre",
        "Innspill utenom programmet",
        "Vedlegg: Innspill etter bærekraftsmål",
    ]
    # the plenary block: description, starred first, then by kind in the fixed order
    start = paras.index(("Heading 1", "11:30 Deling i plenum fra gruppediskusjonene"))
    end = paras.index(("Heading 1", "13:00 Andre runde — mix av deltakere"))
    section = paras[start + 1 : end]
    assert section[0][1].startswith("Deling i plenum fra gruppediskusjonene — husk også innspill fra Teams")
    assert [t for s, t in section if s == "Heading 2"] == ["Løftet fram i plenum", "Innspill", "Spørsmål", "Idéer"]
    bullets = [t for s, t in section if s == "List Bullet"]
    assert bullets[0].startswith("★ Felles maler for samarbeidsavtaler #sdg17 — Teams-chat · ")
    assert any(t.endswith("Gruppe 3 · 10:00") or "Gruppe 3 ·" in t for t in bullets)
    assert any("Zoom-chat" in t for t in bullets)
    appendix = [t for s, t in paras if s == "Heading 2"][-3:]
    assert appendix == ["Bærekraftsmål 4: God utdanning", "Bærekraftsmål 13: Stoppe klimaendringene",
                        "Bærekraftsmål 17: Samarbeid for å nå målene"]
    everything = "\n".join(t for _, t in paras)
    assert "ola.hansen@example.no" not in everything and "912 34 567" not in everything
    assert "Kari Nordmann" not in everything and "Ola Hansen" not in everything
    assert "[e-post fjernet]" in everything
    assert '<b>fet</b> { MERGEFIELD navn } <script>x</script>' in everything  # shown as text
    assert xml.count("<w:instrText") == 1  # the pasted field code did not become a field


def test_personal_data_only_when_ticked(filled, tmp_path):
    out = write_workbook(build_workbook(filled, include_personal_data=True), tmp_path / "med-navn.docx")
    everything = "\n".join(t for _, t in _texts_by_style(out))
    assert "ola.hansen@example.no" in everything and "Kari Nordmann" in everything


def test_markdown_content(filled, tmp_path):
    out = write_workbook(build_workbook(filled), tmp_path / "arbeidsbok.md")
    md = out.read_text(encoding="utf-8")
    assert md.startswith("# Nettverkssamling integrering og frivillighet\n")
    assert "## Innhold" in md and "- [11:30 Deling i plenum fra gruppediskusjonene](#1130-deling-i-plenum" in md
    assert "\n## 11:30 Deling i plenum fra gruppediskusjonene\n" in md
    assert "\n### Løftet fram i plenum\n" in md and "\n### Spørsmål\n" in md
    assert "\n### Bærekraftsmål 13: Stoppe klimaendringene\n" in md
    assert "- ★ **Felles maler for samarbeidsavtaler \\#sdg17** — *Teams-chat · " in md
    assert "\\<b\\>fet\\</b\\>" in md and "<script>" not in md  # pasted HTML shows as text
    assert "example.no" not in md


def test_pdf_through_qt_has_pages_and_renders(filled, tmp_path, qapp):
    from controlroom.ui.inputs.pdf_writer import render_pdf

    out = write_workbook(build_workbook(filled), tmp_path / "arbeidsbok.pdf", pdf_renderer=render_pdf)
    assert out.read_bytes()[:5] == b"%PDF-"
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) not installed")
    subprocess.run(["pdftoppm", "-png", "-r", "30", str(out), str(tmp_path / "side")], check=True)
    pages = sorted(tmp_path.glob("side-*.png"))
    assert len(pages) > 1
    info = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "Arbeidsbok" in info and "Bærekraftsmål 13: Stoppe klimaendringene" in info
    assert "<b>fet</b>" in info and "example.no" not in info


def test_unknown_format_and_missing_folder(filled, tmp_path):
    doc = build_workbook(filled)
    with pytest.raises(WorkbookWriteError, match="ukjent format"):
        write_workbook(doc, tmp_path / "a.odt")
    with pytest.raises(WorkbookWriteError, match="finnes ikke"):
        write_workbook(doc, tmp_path / "nei" / "a.docx")


@contextlib.contextmanager
def _tmpfs(path: Path, options: str):
    path.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(path)],
                                           capture_output=True).returncode != 0:
        pytest.skip("cannot mount a tmpfs here (needs root)")
    try:
        yield path
    finally:
        subprocess.run(["umount", str(path)], capture_output=True)


def test_unwritable_folder_gives_a_clear_message_and_no_file(filled, tmp_path):
    doc = build_workbook(filled)
    with _tmpfs(tmp_path / "ro", "ro,size=1m") as ro:
        with pytest.raises(WorkbookWriteError, match="ingen skrivetilgang"):
            write_workbook(doc, ro / "arbeidsbok.docx")
        assert list(ro.iterdir()) == []


def test_disk_full_leaves_nothing_under_the_final_name(filled, tmp_path):
    doc = build_workbook(filled)
    with _tmpfs(tmp_path / "liten", "size=16k") as small:
        (small / "arbeidsbok.docx").write_bytes(b"forrige versjon")
        with pytest.raises(WorkbookWriteError, match="disken er full"):
            write_workbook(doc, small / "arbeidsbok.docx")
        assert [p.name for p in small.iterdir()] == ["arbeidsbok.docx"]
        assert (small / "arbeidsbok.docx").read_bytes() == b"forrige versjon"  # the old one is intact


def test_file_size_limit_in_a_real_process(filled, event_path, tmp_path):
    """A writer failure at the OS level (RLIMIT_FSIZE → EFBIG), no root needed."""
    filled.close()
    script = textwrap.dedent(
        """
        import resource, signal, sys
        from controlroom.models import EventStore
        from controlroom.workbook.build import build_workbook
        from controlroom.workbook.model import WorkbookWriteError
        from controlroom.workbook.write import write_workbook
        store = EventStore.open(sys.argv[1], backup=False)
        doc = build_workbook(store)
        store.close()
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, 20_000))  # files above 20 KB fail with EFBIG
        try:
            write_workbook(doc, sys.argv[2])
        except WorkbookWriteError as exc:
            print(exc, file=sys.stderr)
            sys.exit(2)
        """
    )
    out = tmp_path / "ut" / "arbeidsbok.docx"
    out.parent.mkdir()
    r = subprocess.run([sys.executable, "-c", script, str(event_path), str(out)], capture_output=True, text=True,
                       timeout=120)
    assert r.returncode == 2, r.stderr
    assert "disken er full" in r.stderr
    assert list(out.parent.iterdir()) == []


def test_cancel_writes_nothing(filled, tmp_path):
    cancel = threading.Event()
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        cancel.set()

    doc = build_workbook(filled)
    doc.nodes = doc.nodes * 100  # long enough to report progress before the end
    (tmp_path / "ut").mkdir()
    with pytest.raises(WorkbookCancelled):
        write_workbook(doc, tmp_path / "ut" / "a.docx", progress=progress, cancel=cancel)
    assert seen and list((tmp_path / "ut").iterdir()) == []


def test_group_and_open_space_notes_are_compiled_without_names(filled, blocks, tmp_path):
    """The notes come from the people area's repositories (real tables), names only when ticked."""
    from controlroom.grouping.types import Formation, Group, Round, RoundMode
    from controlroom.models.openspace_repo import OpenSpaceRepository
    from controlroom.models.people_repo import PeopleRepository

    people = PeopleRepository(filled)
    workshop = blocks[3].uid
    group = Group("Rom 1", "onsite", ["kari@example.no", "ola@example.no"], leader="kari@example.no",
                  note_taker="ola@example.no")
    people.save_formation(workshop, Formation([Round(1, RoundMode(), [group])], 0, 0, 0, 0), {})
    people.set_group_notes(workshop, 1, "Rom 1", "Vi ble enige om tre ting.\n\nSend spørsmål til kari@example.no")
    topic = OpenSpaceRepository(filled).propose(workshop, "Frivillighet i distriktene", convener="Per Olsen")
    people.set_topic_notes(topic.id, "Sammenkaller noterte: flere møteplasser.")
    paras = _texts_by_style(write_workbook(build_workbook(filled), tmp_path / "notater.docx"))
    start = paras.index(("Heading 1", "10:30 Arbeidsgrupper første runde"))
    section = paras[start + 1 : start + 12]
    assert ("Heading 2", "Gruppenotater og Open Space") in section
    assert ("Heading 3", "Rom 1 (runde 1)") in section
    assert ("Heading 3", "Open Space: Frivillighet i distriktene") in section
    assert ("Normal", "Vi ble enige om tre ting.") in section
    assert ("Normal", "Send spørsmål til [e-post fjernet]") in section
    text = "\n".join(t for _, t in paras)
    assert "Per Olsen" not in text and "example.no" not in text
    named = "\n".join(t for _, t in _texts_by_style(
        write_workbook(build_workbook(filled, include_personal_data=True), tmp_path / "med.docx")))
    assert "Leder: " in named and "Per Olsen" in named


def test_rtl_emoji_and_long_text_survive_every_format(store, blocks, clock, tmp_path, qapp):
    from controlroom.ui.inputs.pdf_writer import render_pdf

    log = InputLog(store, clock)
    rtl = "مرحبا بالجميع — שלום ❤ 👨‍👩‍👧 #språk"
    log.add(rtl, block_uid=blocks[1].uid)
    log.add("lang " * 1999, block_uid=blocks[1].uid)
    doc = build_workbook(store)
    docx_text = "\n".join(t for _, t in _texts_by_style(write_workbook(doc, tmp_path / "a.docx")))
    assert rtl in docx_text
    assert rtl in (write_workbook(doc, tmp_path / "a.md")).read_text(encoding="utf-8").replace("\\#", "#")
    pdf = write_workbook(doc, tmp_path / "a.pdf", pdf_renderer=render_pdf)
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
        assert "שלום" in text


def test_docx_headings_keep_with_next_and_tags_are_set_off(filled, tmp_path):
    from docx.oxml.ns import qn

    out = write_workbook(build_workbook(filled), tmp_path / "arbeidsbok.docx")
    paragraphs = Document(str(out)).paragraphs
    headings = [p for p in paragraphs if p.style.name.startswith("Heading")]
    assert len(headings) > 10
    assert all(p.paragraph_format.keep_with_next and p.paragraph_format.keep_together for p in headings)
    bullet = next(p for p in paragraphs if p.text.startswith("Frivilligheten må med tidlig"))
    runs = [(r.text, r.style.name) for r in bullet.runs]
    assert ("#frivillighet", "Emneknagg") in runs and ("#sdg17", "Emneknagg") in runs
    assert [style for text, style in runs if not text.startswith("#")] == ["Default Paragraph Font"] * (len(runs) - 2)
    tag = Document(str(out)).styles["Emneknagg"]  # a character style organisers can restyle
    assert tag.font.bold and str(tag.font.color.rgb) == "1F3A5F"
    assert tag.element.rPr.find(qn("w:shd")).get(qn("w:fill")) == "E3EAF4"
    assert bullet.text.startswith("Frivilligheten må med tidlig #frivillighet #sdg17")  # reads as typed
