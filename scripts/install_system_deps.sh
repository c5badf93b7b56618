#!/usr/bin/env bash
# Installs the Debian libraries Qt needs on a bare machine, only those that are absent.
#
#   install_system_deps.sh           what `make run` and the test suite need: Qt's core libraries and
#                                    every library of the real desktop platform plugin (xcb)
#   install_system_deps.sh --smoke   the same, plus the X server and tools the xcb start-up check uses
#   install_system_deps.sh --browser the same, plus Debian's Chromium and its driver, with which the test
#                                    suite opens the exported website (selenium drives them headless)
#
# The xcb list is what `ldd PySide6/Qt/plugins/platforms/libqxcb.so` (and libQt6XcbQpa) names under
# Qt 6.11; Qt 6 no longer links libxcb-xinerama0 (Qt 5 did), so it is not asked for.
set -euo pipefail
command -v dpkg-query >/dev/null 2>&1 || exit 0
packages=(
  # Qt core, offscreen platform, fonts
  libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 fonts-dejavu-core
  # the xcb platform plugin: without these "Could not load the Qt platform plugin xcb"
  libxcb1 libx11-6 libx11-xcb1 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0
  libxcb-keysyms1 libxcb-randr0 libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0
  libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xkb1
)
for option in "$@"; do
  case "$option" in
    # Xvfb, xdotool to find the window, xwininfo and xwd (x11-utils, x11-apps) for the screen shot
    --smoke) packages+=(xvfb xdotool x11-utils x11-apps) ;;
    # the browser test of the website (tests/browser): chromium and the matching chromedriver
    --browser) packages+=(chromium chromium-driver) ;;
  esac
done
need=()
for pkg in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || need+=("$pkg")
done
[ ${#need[@]} -eq 0 ] && exit 0
echo "Memasang pustaka sistem untuk Qt: ${need[*]}"
sudo=""
[ "$(id -u)" = 0 ] || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
