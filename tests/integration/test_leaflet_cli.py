"""`fieldkit leaflet render` end to end: the store's helpline and texts in, a real PDF out, its QR
decoded, and the print-run movement recorded only when it should be."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pypdfium2 as pdfium
import zxingcpp
from PIL import Image
from pypdf import PdfReader

from fieldkit.cli import main

DEMO = "+994 12 000 00 00"


def fk(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "fieldkit", "--data-dir", str(data), *args],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip


def run(data: Path, capsys, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data), *args])
    out, err = capsys.readouterr()
    return code, out, err


def qr_text(pdf_path: Path) -> str:
    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        image = pdf[0].render(scale=3).to_pil().convert("RGBA")
    finally:
        pdf.close()
    white = Image.new("RGBA", image.size, "white")
    white.alpha_composite(image)
    found = zxingcpp.read_barcodes(white.convert("L"))
    assert found, f"no QR code on the first page of {pdf_path}"
    return found[0].text


def setup(data: Path, capsys, role: str = "officer") -> None:
    assert run(data, capsys, "init", "--name", "Sədərək-1", "--role", role)[0] == 0
    assert run(data, capsys, "material", "add", "--code", "LF-01", "--kind", "leaflet", "--title-az", "Vərəqə")[0] == 0


def test_render_with_a_verified_helpline_records_the_print_run(tmp_path, capsys):
    data = tmp_path / "d"
    setup(data, capsys)
    code, out, _ = run(data, capsys, "helpline", "add", "--label", "Demo", "--number", DEMO,
                       "--verified-by", "Officer A", "--verified-at", "2026-11-01", "--json")  # fmt: skip
    helpline_id = json.loads(out)["id"]
    pdf = tmp_path / "a6.pdf"
    code, out, err = run(data, capsys, "leaflet", "render", "--template", "a6", "--lang", "az", "--helpline",
                         helpline_id, "--out", str(pdf), "--copies", "8", "--material", "LF-01",
                         "--location", "AZ-SAD", "--json")  # fmt: skip
    assert code == 0, err
    result = json.loads(out)
    assert result["print_run"]["quantity"] == result["items"] == 8
    assert qr_text(pdf) == "tel:+994120000000"
    code, out, _ = run(data, capsys, "stock", "balance", "--location", "AZ-SAD", "--json")
    assert json.loads(out)[0]["on_hand"] == 8


def test_unverified_helpline_needs_confirmation_before_a_run_is_recorded(tmp_path, capsys):
    data = tmp_path / "d"
    setup(data, capsys)
    pdf = tmp_path / "a5.pdf"
    proc = fk(data, "leaflet", "render", "--template", "a5", "--lang", "az,en", "--helpline", DEMO,
              "--out", str(pdf), "--material", "LF-01", "--location", "AZ-SAD")  # fmt: skip
    assert proc.returncode == 1
    assert "never been verified" in proc.stderr and "--confirm-helpline" in proc.stderr
    assert proc.stdout == ""
    assert not pdf.exists()
    _code, out, _ = run(data, capsys, "stock", "balance", "--json")
    assert json.loads(out) == []

    proc = fk(data, "leaflet", "render", "--template", "a5", "--lang", "az,en", "--helpline", DEMO,
              "--out", str(pdf), "--material", "LF-01", "--location", "AZ-SAD", "--confirm-helpline")  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert "never been verified" in proc.stderr  # still warned
    assert qr_text(pdf) == "tel:+994120000000"


def test_print_run_without_a_location_says_how_to_set_one(tmp_path, capsys):
    data = tmp_path / "d"
    setup(data, capsys)
    code, _, err = run(data, capsys, "leaflet", "render", "--template", "a6", "--lang", "az", "--helpline", DEMO,
                       "--out", str(tmp_path / "x.pdf"), "--material", "LF-01", "--confirm-helpline")  # fmt: skip
    assert code == 1
    assert "settings set home-location" in err
    code, _, err = run(data, capsys, "settings", "set", "home-location", "Sədərək")
    assert code == 1 and "AZ-SAD" in err  # the district and the crossing share the name
    assert run(data, capsys, "settings", "set", "home-location", "AZ-SAD")[0] == 0
    code, _, err = run(data, capsys, "leaflet", "render", "--template", "a6", "--lang", "az", "--helpline", DEMO,
                       "--out", str(tmp_path / "x.pdf"), "--material", "LF-01", "--confirm-helpline")  # fmt: skip
    assert code == 0, err


def test_sign_in_sheet_prints_the_event(tmp_path, capsys):
    data = tmp_path / "d"
    setup(data, capsys)
    code, event_id, _ = run(data, capsys, "event", "add", "--title", "Dəyirmi masa: İşə düzəlmə", "--kind",
                            "round-table", "--date", "2026-12-03", "--location", "Qırmızı Körpü")  # fmt: skip
    pdf = tmp_path / "signin.pdf"
    code, _, err = run(data, capsys, "leaflet", "render", "--template", "signin", "--lang", "az", "--helpline",
                       DEMO, "--out", str(pdf), "--event", event_id.strip(), "--consent-columns")  # fmt: skip
    assert code == 0, err
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Dəyirmi masa: İşə düzəlmə" in text
    assert "Qırmızı Körpü" in text


def test_published_texts_are_printed_and_only_coordinators_publish(tmp_path, capsys):
    coordinator = tmp_path / "c"
    setup(coordinator, capsys, role="coordinator")
    code, out, _ = run(coordinator, capsys, "leaflet", "texts", "--lang", "az", "--json")
    texts = json.loads(out)
    texts["title"] = "Xaricdə iş: əvvəlcə yoxlayın"
    edited = tmp_path / "az.json"
    edited.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
    code, out, err = run(coordinator, capsys, "leaflet", "publish", "--lang", "az", str(edited), "--json")
    assert code == 0, err
    assert json.loads(out)["version"] == 1
    pdf = tmp_path / "a5.pdf"
    code, _, err = run(coordinator, capsys, "leaflet", "render", "--template", "a5", "--lang", "az",
                       "--helpline", DEMO, "--out", str(pdf))  # fmt: skip
    assert code == 0, err
    assert "Xaricdə iş: əvvəlcə yoxlayın" in PdfReader(pdf).pages[0].extract_text()

    officer = tmp_path / "o"
    setup(officer, capsys)
    code, _, err = run(officer, capsys, "leaflet", "publish", "--lang", "az", str(edited))
    assert code == 1
    assert "Only a coordinator" in err
