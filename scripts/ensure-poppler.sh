#!/usr/bin/env bash
# The poster and easy-read tests read PDFs with poppler (pdfinfo, pdftotext, pdfimages, pdffonts), the way a
# reader's tools do, and the library's poster thumbnails are drawn by pdftoppm. Install Debian's
# poppler-utils when it is missing and we may (root, apt-get); otherwise say exactly what to do.
set -euo pipefail
if command -v pdfinfo >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's poppler-utils package for reading and drawing PDFs..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq poppler-utils >/dev/null
  exit 0
fi
echo "poppler-utils is needed to read and draw PDFs: run 'sudo apt-get install -y poppler-utils'." >&2
exit 1
