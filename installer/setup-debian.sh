#!/usr/bin/env bash
# BinhYen set-up for Debian 12: installs the build and test dependencies and prepares
# SQLCipher 4.6.1 (Debian 13's pinned source) in a cache outside the clone.
# Idempotent: a second run installs nothing and downloads nothing.
set -euo pipefail

SQLCIPHER_VERSION=4.6.1
SQLCIPHER_SHA256=d8f9afcbc2f4b55e316ca4ada4425daf3d0b4aab25f45e11a802ae422b9f53a3
CACHE_DIR=${BINHYEN_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/binhyen}
SRC_DIR="$CACHE_DIR/sqlcipher-$SQLCIPHER_VERSION"

PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config
  qt6-base-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins
  qtkeychain-qt6-dev libssl-dev libsodium-dev tcl
  fonts-croscore fonts-liberation2 poppler-utils
  xvfb xauth gnome-keyring dbus-x11 libsecret-1-0 libsecret-tools
  imagemagick sqlite3 clang-format python3 git
)

say() { printf 'setup-debian: %s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_packages() {
  local missing=()
  for p in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$p")
    fi
  done
  if [ ${#missing[@]} -eq 0 ]; then
    say "all Debian packages present"
    return
  fi
  say "installing: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

fetch_sqlcipher() {
  local tarball="$CACHE_DIR/sqlcipher_$SQLCIPHER_VERSION.orig.tar.gz"
  mkdir -p "$CACHE_DIR"
  if [ -f "$tarball" ] && echo "$SQLCIPHER_SHA256  $tarball" | sha256sum -c --status; then
    say "SQLCipher $SQLCIPHER_VERSION source already cached"
  else
    say "fetching SQLCipher $SQLCIPHER_VERSION source from Debian 13 (trixie)"
    local work
    work=$(mktemp -d)
    chmod 755 "$work"
    trap 'rm -rf "$work"' RETURN
    cat >"$work/trixie-src.sources" <<SRC
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
    mkdir -p "$work/lists/partial" "$work/dl"
    local opts=(-o "Dir::Etc::sourcelist=$work/trixie-src.sources" -o Dir::Etc::sourceparts=/dev/null
      -o "Dir::State::Lists=$work/lists" -o Debug::NoLocking=1)
    apt-get "${opts[@]}" update -qq
    local ver
    ver=$(apt-cache "${opts[@]}" showsrc sqlcipher 2>/dev/null | awk '/^Version: /{print $2}' |
      grep "^$SQLCIPHER_VERSION-" | sort -V | tail -n 1)
    [ -n "$ver" ] || { say "no sqlcipher $SQLCIPHER_VERSION-N in Debian 13's archive"; exit 1; }
    (cd "$work/dl" && apt-get "${opts[@]}" source --download-only "sqlcipher=$ver" >/dev/null)
    cp "$work/dl/sqlcipher_$SQLCIPHER_VERSION.orig.tar.gz" "$tarball.part"
    if ! echo "$SQLCIPHER_SHA256  $tarball.part" | sha256sum -c --status; then
      rm -f "$tarball.part"
      say "SHA-256 of the SQLCipher source does not match the pinned value"
      exit 1
    fi
    mv "$tarball.part" "$tarball"
    rm -rf "$SRC_DIR"
  fi
  if [ -f "$SRC_DIR/amalgamation/sqlite3.c" ] && [ -f "$SRC_DIR/amalgamation/shell.c" ]; then
    say "SQLCipher amalgamation ready in $SRC_DIR/amalgamation"
    return
  fi
  say "generating the SQLCipher amalgamation"
  rm -rf "$SRC_DIR" "$SRC_DIR.tmp"
  mkdir -p "$SRC_DIR.tmp"
  tar -xzf "$tarball" -C "$SRC_DIR.tmp" --strip-components=1
  (cd "$SRC_DIR.tmp" && ./configure --quiet \
      CFLAGS="-DSQLITE_HAS_CODEC -DSQLCIPHER_CRYPTO_OPENSSL" LDFLAGS="-lcrypto" >/dev/null &&
    make -s sqlite3.c shell.c >/dev/null)
  mkdir -p "$SRC_DIR.tmp/amalgamation"
  cp "$SRC_DIR.tmp/sqlite3.c" "$SRC_DIR.tmp/sqlite3.h" "$SRC_DIR.tmp/shell.c" "$SRC_DIR.tmp/amalgamation/"
  mv "$SRC_DIR.tmp" "$SRC_DIR"
  say "SQLCipher amalgamation ready in $SRC_DIR/amalgamation"
}

install_packages
fetch_sqlcipher
