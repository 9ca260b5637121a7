#!/bin/bash
# Renders every input under in/ from plan_data.py (run it in a scratch copy
# of this folder; it makes build/, in/ and a venv with weasyprint and fpdf2).
set -e
cd "$(dirname "$0")"; mkdir -p build in
[ -x venv/bin/python ] || { python3 -m venv venv && venv/bin/pip install -q weasyprint fpdf2; }
python3 make_html.py
cd build
for n in lo-ruled lo-unruled; do
  rm -f $n.pdf
  timeout 180 soffice --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export --outdir . $n.html 2>&1 | grep -v javaldx || true
  cp $n.pdf ../in/$n.pdf
done
# LO's HTML import ignores CSS writing-mode: go HTML -> ODT, make the header
# cells vertical (style:writing-mode="bt-lr") in content.xml, then ODT -> PDF.
rm -f lo-ruled.odt lo-sideways-header.odt lo-sideways-header.pdf
timeout 180 soffice --headless --infilter="HTML (StarWriter)" --convert-to odt --outdir . lo-ruled.html 2>&1 | grep -v javaldx || true
python3 ../patch_sideways_odt.py lo-ruled.odt lo-sideways-header.odt
timeout 180 soffice --headless --convert-to pdf --outdir . lo-sideways-header.odt 2>&1 | grep -v javaldx || true
cp lo-sideways-header.pdf ../in/lo-sideways-header.pdf
for n in chromium-ruled chromium-unruled chromium-sideways-header; do
  ud=$(mktemp -d $PWD/chrome-ud.XXXX)
  timeout 180 chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --user-data-dir=$ud \
    --no-pdf-header-footer --print-to-pdf-no-header --print-to-pdf=$PWD/$n.pdf file://$PWD/$n.html 2>/dev/null || true
  rm -rf $ud
  cp $n.pdf ../in/$n.pdf
done
../venv/bin/python -c "import weasyprint; weasyprint.HTML('weasyprint.html').write_pdf('../in/weasyprint.pdf')"
cd ..
python3 render_reportlab.py
venv/bin/python render_fpdf.py
# extra: LO ruled table whose rows 1.4 and 3.3 are split across page breaks
cd build
python3 ../patch_split_odt.py lo-ruled.odt lo-ruled-split-rows.odt
timeout 180 soffice --headless --convert-to pdf --outdir . lo-ruled-split-rows.odt 2>&1 | grep -v javaldx || true
cp lo-ruled-split-rows.pdf ../in/lo-ruled-split-rows.pdf
cd ..
echo "rendered into $PWD/in: copy the PDFs to fixtures/pdf/varam/"
