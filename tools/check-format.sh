#!/usr/bin/env bash
# Fails when a C++ file of BinhYen is not formatted as .clang-format says.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v clang-format >/dev/null || { echo "clang-format not installed (installer/setup-debian.sh)"; exit 1; }
mapfile -t files < <(git ls-files '*.cpp' '*.h' 2>/dev/null || find models reports ui app tests -name '*.cpp' -o -name '*.h')
[ ${#files[@]} -gt 20 ] || { echo "too few sources found"; exit 1; }
bad=()
for f in "${files[@]}"; do
  [ -f "$f" ] || continue
  clang-format --dry-run -Werror "$f" >/dev/null 2>&1 || bad+=("$f")
done
if [ ${#bad[@]} -gt 0 ]; then
  printf 'not clang-formatted: %s\n' "${bad[@]}"
  exit 1
fi
echo "${#files[@]} files formatted"
