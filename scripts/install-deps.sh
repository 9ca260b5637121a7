#!/usr/bin/env bash
# System packages planx's tests need, installed when missing (Debian):
#   tesseract-ocr, tesseract-ocr-lav  OCR of scanned PDFs (issue 4)
#   tesseract-ocr-osd                 orientation of scans lying sideways
#   poppler-utils                     pdftoppm, for PDF pages that are not one image
#   chromium                          the HTML diff report is checked in a real browser
# Runs as root or through sudo; does nothing when everything is there.
set -euo pipefail

missing=()
command -v tesseract >/dev/null 2>&1 || missing+=(tesseract-ocr)
if ! command -v tesseract >/dev/null 2>&1 || ! tesseract --list-langs 2>/dev/null | grep -qx lav; then
  missing+=(tesseract-ocr-lav)
fi
# Orientation detection of scans lying sideways.
if ! command -v tesseract >/dev/null 2>&1 || ! tesseract --list-langs 2>/dev/null | grep -qx osd; then
  missing+=(tesseract-ocr-osd)
fi
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "== installing ${missing[*]} (Debian packages)"
sudo=""
if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
