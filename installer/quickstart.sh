#!/usr/bin/env bash
# Quick start: install what is missing, build BinhYen, create the demo register if it does not
# exist yet, and open BinhYen on it. Run it again to reopen the same demo register.
set -euo pipefail
cd "$(dirname "$0")/.."

bash installer/setup-debian.sh
cmake --preset default >/dev/null
cmake --build --preset default

demo_dir=${BINHYEN_DEMO_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/BinhYen/demo}
register="$demo_dir/demo.binhyen"
mkdir -p "$demo_dir"
chmod 700 "$demo_dir"
if [ ! -f "$register" ]; then
  ./build/bin/binhyen demo --register "$register" \
    --recovery-key-out "$demo_dir/demo-recovery-key.txt" \
    --register-key-out "$demo_dir/demo-register-key.txt" >/dev/null
  echo "quickstart: demo register created in $demo_dir" >&2
fi

if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "quickstart: no display found; starting BinhYen under a virtual display (xvfb-run)" >&2
  exec xvfb-run -a ./build/bin/binhyen --register "$register" --key-file "$demo_dir/demo-register-key.txt"
fi
exec ./build/bin/binhyen --register "$register" --key-file "$demo_dir/demo-register-key.txt"
