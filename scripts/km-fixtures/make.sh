#!/bin/sh
# Re-render every input from plan_data.py into inputs/ (does not touch golden.json).
set -e
D=$(cd "$(dirname "$0")" && pwd); cd $D; mkdir -p inputs lo
python3 render_text.py && mv km-2021.tsv.txt km-2021.flow.txt inputs/
python3 render_html.py
rm -f lo/src-lo.pdf
soffice --headless -env:UserInstallation=file://$D/lo-profile --infilter="HTML (StarWriter)" \
  --convert-to pdf:writer_pdf_Export --outdir lo src-lo.html >/dev/null 2>&1
cp lo/src-lo.pdf inputs/km-2021.lo.pdf
for v in chrome-ruled chrome-plain; do
  rm -rf $D/chr-$v
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run --user-data-dir=$D/chr-$v --no-pdf-header-footer \
    --print-to-pdf=$D/inputs/km-2021.$v.pdf file://$D/src-$v.html >/dev/null 2>&1
done
python3 render_reportlab.py && mv km-2021.reportlab.pdf inputs/
ls -l inputs
