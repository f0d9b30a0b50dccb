#!/usr/bin/env bash
# Runs one test inside its own D-Bus session with an unlocked gnome-keyring and a scratch HOME,
# so the real keychain is exercised without touching the user's own.
set -euo pipefail
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/run" XDG_DATA_HOME="$scratch/home/.local/share"
export XDG_CONFIG_HOME="$scratch/home/.config" XDG_CACHE_HOME="$scratch/home/.cache"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset DISPLAY
exec dbus-run-session -- bash -c '
  eval "$(printf "test-keyring-pw" | gnome-keyring-daemon --unlock --components=secrets)" >/dev/null
  export BINHYEN_TEST_KEYCHAIN=1
  "$@"
  rc=$?
  kill "$GNOME_KEYRING_PID" 2>/dev/null || true
  exit $rc' bash "$@"
