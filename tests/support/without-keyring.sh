#!/usr/bin/env bash
# Runs one test where no secret service exists at all: no session bus, scratch HOME.
set -euo pipefail
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/run"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export DBUS_SESSION_BUS_ADDRESS="unix:path=$scratch/no-such-bus"
unset DISPLAY
export BINHYEN_TEST_NO_KEYCHAIN=1
exec "$@"
