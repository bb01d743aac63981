#!/usr/bin/env bash
# Installs the system libraries MMS Studio needs, only those missing:
# PortAudio for sounddevice, the X/EGL/xkb/font libraries Qt loads (offscreen
# and under Xvfb), Xvfb itself for screenshots. Debian/Ubuntu only; elsewhere
# it says what to install and carries on.
set -euo pipefail
PKGS=(libportaudio2 libegl1 libgl1 libglib2.0-0 libfontconfig1 libdbus-1-3
      libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
      libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-image0
      libxcb-xkb1 xvfb xauth fonts-dejavu-core fonts-noto-core
      g++ python3-dev)   # g++ and Python headers: the optional KenLM build (Makefile)
if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "setup-system: not a Debian/Ubuntu system; install PortAudio and Qt's X11 libraries yourself." >&2
  exit 0
fi
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "setup-system: installing ${missing[*]}"
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
