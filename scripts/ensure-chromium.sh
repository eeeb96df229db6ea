#!/usr/bin/env bash
# Makes sure the Chromium that Playwright drives is installed. Playwright's own browser
# download is not used (not available here): we use Debian's `chromium` package.
# HEARTH_CHROMIUM overrides the path (default /usr/bin/chromium).
set -euo pipefail

DEFAULT=/usr/bin/chromium
TARGET="${HEARTH_CHROMIUM:-$DEFAULT}"

if [ -x "$TARGET" ]; then
  echo "ensure-chromium: using $TARGET"
  exit 0
fi

if [ "$TARGET" != "$DEFAULT" ]; then
  # Installing a package would not put a browser at a custom path.
  echo "ensure-chromium: HEARTH_CHROMIUM=$TARGET is not an executable file." >&2
  echo "ensure-chromium: fix the path, or unset HEARTH_CHROMIUM to use $DEFAULT." >&2
  exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: $DEFAULT is missing and apt-get is not available." >&2
  echo "ensure-chromium: install Chromium and set HEARTH_CHROMIUM to its path." >&2
  exit 1
fi

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO=(sudo -n) # never prompt: CI has no stdin
  else
    echo "ensure-chromium: $DEFAULT is missing; run as root or install sudo." >&2
    exit 1
  fi
fi

echo "ensure-chromium: $DEFAULT is missing; installing Debian's chromium package"
echo "ensure-chromium: ${SUDO[*]:+${SUDO[*]} }apt-get update"
"${SUDO[@]}" apt-get update
echo "ensure-chromium: ${SUDO[*]:+${SUDO[*]} }apt-get install -y chromium"
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium

if [ ! -x "$DEFAULT" ]; then
  echo "ensure-chromium: installed the package but $DEFAULT is still missing." >&2
  exit 1
fi
echo "ensure-chromium: installed $DEFAULT"
