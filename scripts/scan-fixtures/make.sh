#!/usr/bin/env bash
# Make the scanned-PDF fixtures in fixtures/scan/ from the text PDFs in
# fixtures/pdf/. Run from the repository root:
#
#     scripts/scan-fixtures/make.sh
#
# See scripts/scan-fixtures/README.md for the recipe and the tools.
set -euo pipefail

if [[ ! -d fixtures/pdf || ! -d scripts/scan-fixtures ]]; then
    echo "make.sh: run from the repository root" >&2
    exit 1
fi

# ImageMagick: never the first `convert` on PATH (it may be something else).
if command -v magick >/dev/null 2>&1; then
    IM=(magick)
else
    IM=(/usr/bin/convert)
fi
for tool in pdftoppm pdfinfo img2pdf "${IM[0]}"; do
    command -v "$tool" >/dev/null 2>&1 || { echo "make.sh: $tool not found" >&2; exit 1; }
done

# Determinism: fixed noise seeds per page, one thread for ImageMagick, no
# timestamps from img2pdf.
export MAGICK_THREAD_LIMIT=1
export OMP_NUM_THREADS=1
export LC_ALL=C

OUT=fixtures/scan
JPEG_QUALITY=${JPEG_QUALITY:-60}
NOISE_ATTENUATE=${NOISE_ATTENUATE:-0.3}
# Page rotation angles in degrees (positive = clockwise). Output file k
# (0-based, in the order below) uses ANGLES[(k + page - 1) mod n] for
# page `page`, so the files are not all tilted the same way.
ANGLES=(+0.4 -0.6 +0.8 -0.3 +0.5 -0.7 +0.3 -0.8)

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

mkdir -p "$OUT"

# scan SRC DPI DEST INDEX
scan() {
    local src=$1 dpi=$2 dest=$3 index=$4
    local work="$TMP/$(basename "$dest" .pdf)"
    mkdir -p "$work"

    pdftoppm -gray -r "$dpi" "$src" "$work/page"

    local pages=() pgm n=0
    for pgm in "$work"/page-*.pgm; do
        n=$((n + 1))
        local angle=${ANGLES[$(((index + n - 1) % ${#ANGLES[@]}))]}
        local seed=$((7 + n - 1))
        local size
        size=$("${IM[@]}" "$pgm" -format '%wx%h' info:)
        local jpg="${pgm%.pgm}.jpg"
        "${IM[@]}" "$pgm" \
            -background white -rotate "$angle" \
            -gravity center -extent "$size" +repage \
            -seed "$seed" -attenuate "$NOISE_ATTENUATE" +noise Gaussian \
            -colorspace Gray -type Grayscale \
            -strip -interlace none -sampling-factor 1x1 \
            -quality "$JPEG_QUALITY" \
            -density "$dpi" -units PixelsPerInch \
            "$jpg"
        pages+=("$jpg")
        printf '%s page %d: %s px, rotate %s deg, seed %d\n' \
            "$dest" "$n" "$size" "$angle" "$seed"
    done

    # A4 landscape (841.89 x 595.28 pt); the image is fitted into the page.
    img2pdf --nodate --engine internal --pagesize 'A4^T' --fit into \
        -o "$dest" "${pages[@]}"
}

scan fixtures/pdf/approved-2016-libreoffice.pdf 200 "$OUT/approved-2016-200dpi.pdf" 0
scan fixtures/pdf/approved-2016-libreoffice.pdf 150 "$OUT/approved-2016-150dpi.pdf" 1
scan fixtures/pdf/draft-2016-07-chromium.pdf 200 "$OUT/draft-2016-07-200dpi.pdf" 2
scan fixtures/pdf/draft-2016-07-chromium.pdf 150 "$OUT/draft-2016-07-150dpi.pdf" 3

# An image PDF with an invisible OCR text layer, as a scanning office would
# make it. ocrmypdf stamps the run's time, random XObject names and a random
# /ID into its output; pin-ocrmypdf.py and `qpdf --deterministic-id` pin them
# so the file is reproducible. Made only if ocrmypdf is installed; skipped
# with SKIP_OCRMYPDF=1.
PYTHON=${PYTHON:-/usr/bin/python3}  # the interpreter that has Debian's pikepdf
if [[ ${SKIP_OCRMYPDF:-0} != 1 ]]; then
    if command -v ocrmypdf >/dev/null 2>&1; then
        command -v qpdf >/dev/null 2>&1 || { echo "make.sh: qpdf not found" >&2; exit 1; }
        ocrmypdf -l lav --output-type pdf --jobs 1 --quiet \
            "$OUT/draft-2016-07-200dpi.pdf" "$TMP/ocrmypdf.pdf"
        "$PYTHON" scripts/scan-fixtures/pin-ocrmypdf.py "$TMP/ocrmypdf.pdf" "$TMP/pinned.pdf"
        qpdf --deterministic-id "$TMP/pinned.pdf" "$OUT/draft-2016-07-ocrmypdf.pdf"
    else
        echo "make.sh: ocrmypdf not found; $OUT/draft-2016-07-ocrmypdf.pdf not made" >&2
    fi
fi

for f in "$OUT"/*.pdf; do
    printf '%s: %s pages, %s, %s bytes\n' "$f" \
        "$(pdfinfo "$f" | awk '/^Pages:/ {print $2}')" \
        "$(pdfinfo "$f" | sed -n 's/^Page size: *//p')" \
        "$(wc -c <"$f")"
done
