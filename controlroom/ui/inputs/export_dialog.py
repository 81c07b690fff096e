"""Export the workbook from the GUI: format by file name, personal data off by default, a progress bar,
the work in a separate ``controlroom workbook`` process (the window keeps repainting: no stall at all,
where a worker thread still stalled the GUI up to 0.7 s on the interpreter lock), Cancel stops it and
writes nothing.

The process starts each time the dialog is shown (``controlroom workbook EVENT --wait``): it loads its libraries
and builds the workbook while the host chooses the file (and lays the PDF's pages out once the file name
says .pdf; the dialog remembers the last format), and Eksporter hands it the file name. It builds again
by itself when anything was committed meanwhile; if it is gone, a fresh process does the export."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QProcess, QSettings, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from controlroom.models.store import EventStore
from controlroom.ui import file_dialogs


class WorkbookExportDialog(QDialog):
    progressed = Signal(int, int)
    succeeded = Signal(str)
    failed = Signal(str)

    def __init__(self, store: EventStore, settings: QSettings | None, default_name: str = "arbeidsbok.docx",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Eksporter arbeidsbok"))
        self.store = store
        self.settings = settings
        self._process: QProcess | None = None
        self._stderr = ""
        self._cancelled = False
        self._busy = False
        folder = str(settings.value("inputs/workbook_dir", str(Path.home()))) if settings else str(Path.home())
        last_format = str(settings.value("inputs/workbook_format", "")) if settings else ""
        if last_format in (".docx", ".pdf", ".md"):  # the format the host chose last time
            default_name = str(Path(default_name).with_suffix(last_format))
        self.path = QLineEdit(str(Path(folder) / default_name))
        browse = QPushButton(self.tr("Velg …"))
        browse.clicked.connect(self._browse)
        self.personal = QCheckBox(self.tr("Ta med personopplysninger (navn, e-postadresser, telefonnumre)"))
        self.personal.setChecked(False)
        self.personal.setToolTip(self.tr("Arbeidsboka deles med alle deltakerne: la dette være av med mindre "
                                         "alle har samtykket."))
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.status = QLabel(self.tr("Word (.docx), PDF (.pdf) eller Markdown (.md), etter filnavnet."))
        self.status.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Eksporter"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Avbryt"))
        self.cancel_button.clicked.connect(self.cancel_or_close)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)
        lay = QVBoxLayout(self)
        lay.addLayout(row)
        lay.addWidget(self.personal)
        lay.addWidget(self.progress)
        lay.addWidget(self.status)
        lay.addLayout(buttons)
        self.progressed.connect(self._on_progress)
        self.succeeded.connect(self._on_success)
        self.failed.connect(self._on_failure)
        self.resize(620, 200)
        self._prepared: QProcess | None = None
        self._pdf_asked = False
        self.path.textChanged.connect(lambda _text: self._ask_for_pdf_layout())

    def _browse(self) -> None:
        name, _ = file_dialogs.get_save_file_name(self, self.tr("Lagre arbeidsbok"), self.path.text(),
                                              self.tr("Word (*.docx);;PDF (*.pdf);;Markdown (*.md)"))
        if name:
            self.path.setText(name)

    def running(self) -> bool:
        return self._busy

    def command(self, out: Path | None) -> list[str]:
        """The ``controlroom workbook`` command line for this export, or with ``out`` None the one that
        prepares it and waits for the file name (a frozen build is its own CLI)."""
        target = str(self.store.path) if self.store.path is not None else \
            self.store.engine.url.render_as_string(hide_password=False)
        cli = [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "controlroom"]
        args = [*cli, "workbook", target, *(["--out", str(out)] if out is not None else ["--wait"]), "--progress"]
        if out is None and self._names_pdf():
            args.append("--lay-out-pdf")  # it lays the pages out as soon as the workbook is built
        if self.personal.isChecked():
            args.append("--include-personal-data")
        return args

    def _prepare(self) -> None:
        """Start the process that prepares the next export (see the module's text)."""
        proc = QProcess(self)
        proc.setProcessChannelMode(QProcess.ProcessChannelMode.SeparateChannels)
        cmd = self.command(None)
        proc.start(cmd[0], cmd[1:])
        self._prepared = proc
        self._pdf_asked = "--lay-out-pdf" in cmd

    def _names_pdf(self) -> bool:
        return self.path.text().strip().lower().endswith(".pdf")

    def _ask_for_pdf_layout(self) -> None:
        """The file name now says PDF: the prepared process lays the book out too (once)."""
        proc = self._prepared
        if proc is None or self._pdf_asked or not self._names_pdf():
            return
        self._pdf_asked = True
        proc.write(json.dumps({"prepare": ".pdf"}).encode("utf-8") + b"\n")

    def _take_prepared(self) -> QProcess | None:
        proc, self._prepared = self._prepared, None
        if proc is not None and proc.state() == QProcess.ProcessState.NotRunning:
            return None  # it failed or stopped: a fresh process does the export and says why
        return proc

    def _stop_prepared(self) -> None:
        proc, self._prepared = self._prepared, None
        if proc is not None and proc.state() != QProcess.ProcessState.NotRunning:
            proc.closeWriteChannel()  # end of input: it leaves without writing anything
            proc.terminate()

    def start(self) -> None:
        """Run the export as a separate process: the window never waits for python-docx or Qt's text
        layout (which hold the interpreter for seconds on 20,000 inputs), progress comes back on stderr,
        Cancel terminates it (the process stops before anything is written under the final name)."""
        if self.running():
            return
        out = Path(self.path.text().strip()).expanduser()
        self._stderr = ""
        self._busy = True
        self.export_button.setEnabled(False)
        self.progress.setValue(0)
        self.status.setText(self.tr("Skriver {path} …").format(path=out))
        if self.settings is not None:
            self.settings.setValue("inputs/workbook_dir", str(out.parent))
            self.settings.setValue("inputs/workbook_format", out.suffix.lower())
        proc = self._take_prepared()
        fresh = proc is None
        if proc is None:
            proc = QProcess(self)
            proc.setProcessChannelMode(QProcess.ProcessChannelMode.SeparateChannels)
        proc.readyReadStandardError.connect(self._read_stderr)
        proc.finished.connect(lambda code, _status, out=out: self._finished(code, out))
        proc.errorOccurred.connect(self._process_error)
        self._process = proc
        if fresh:
            cmd = self.command(out)
            proc.start(cmd[0], cmd[1:])
        else:
            request = {"out": str(out), "include_personal_data": self.personal.isChecked()}
            proc.write(json.dumps(request).encode("utf-8") + b"\n")
            proc.closeWriteChannel()

    def _read_stderr(self) -> None:
        if self._process is None:
            return
        chunk = bytes(self._process.readAllStandardError().data()).decode("utf-8", "replace")
        for line in chunk.splitlines():
            parts = line.split()
            if len(parts) == 3 and parts[0] == "PROGRESS" and parts[1].isdigit() and parts[2].isdigit():
                self.progressed.emit(int(parts[1]), int(parts[2]))
            elif parts == ["READY"]:
                continue
            elif line.strip():
                self._stderr += line.removeprefix("controlroom: ") + "\n"

    def _finished(self, code: int, out: Path) -> None:
        self._read_stderr()
        self._process = None
        if self.isVisible() and not self._cancelled:
            self._prepare()  # another export from the same dialog (another format) is as quick
        if code == 0 and out.exists():
            self.succeeded.emit(str(out))
        elif self._cancelled:
            self._cancelled = False
            self.failed.emit(self.tr("Eksporten ble avbrutt; ingen fil er skrevet."))
        else:
            self.failed.emit(self._stderr.strip() or self.tr("Eksporten feilet (kode {code}).").format(code=code))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Each time the dialog opens (the window keeps one and shows it again), its export starts
        preparing, unless one is prepared or running already."""
        super().showEvent(event)
        if self._prepared is None and not self.running():
            self._prepare()

    def _process_error(self, error) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self._process = None
            self.failed.emit(self.tr("Kunne ikke starte eksporten."))

    def cancel_or_close(self) -> None:
        if self.running() and self._process is not None:
            self._cancelled = True
            self._process.terminate()
            QTimer.singleShot(3000, self._kill_if_running)
            self.status.setText(self.tr("Avbryter …"))
        else:
            self.reject()

    def _kill_if_running(self) -> None:
        if self._process is not None:
            self._process.kill()

    def wait(self, msecs: int = 60_000) -> None:
        if self._process is not None:
            self._process.waitForFinished(msecs)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setValue(int(100 * done / max(total, 1)))

    def _on_success(self, path: str) -> None:
        self._busy = False
        self.progress.setValue(100)
        self.export_button.setEnabled(True)
        self.status.setText(self.tr("Arbeidsboka er lagret: {path}").format(path=path))

    def _on_failure(self, message: str) -> None:
        self._busy = False
        self.export_button.setEnabled(True)
        self.progress.setValue(0)
        self.status.setText(message)

    def done(self, result: int) -> None:
        self._stop_prepared()
        super().done(result)

    def closeEvent(self, event) -> None:  # noqa: N802
        self._stop_prepared()
        if self._process is not None:
            self._cancelled = True
            self._process.terminate()
        super().closeEvent(event)
