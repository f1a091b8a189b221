#!/usr/bin/env bash
# Installs code-server (VS Code 1.100.3 with a Node extension host) into the git-ignored .cache/,
# once, for the in-VS Code extension tests. Offline-friendly: Debian's rg stands in for the ripgrep
# download. Needs apt packages libkrb5-dev, pkg-config, ripgrep (and chromium to run the tests).
set -euo pipefail
cd "$(dirname "$0")/../../.."
VERSION=4.100.3
DEST=.cache/code-server
if [ -x "$DEST/node_modules/.bin/code-server" ] && grep -q "\"version\": \"$VERSION\"" "$DEST/node_modules/code-server/package.json" 2>/dev/null; then
  echo "code-server $VERSION is installed in $DEST"
  exit 0
fi
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  missing=()
  for p in libkrb5-dev pkg-config ripgrep chromium; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  if [ ${#missing[@]} -gt 0 ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null) || echo "install-code-server: could not apt-get install ${missing[*]}"
  fi
fi
RG=$(command -v rg || true)
if [ -z "$RG" ]; then echo "install-code-server: needs ripgrep (apt-get install ripgrep)" >&2; exit 1; fi
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
# @vscode/ripgrep 1.15.11 looks for this tarball in $TMPDIR before it tries to download.
mkdir -p "$TMP/vscode-ripgrep-cache-1.15.11"
cp "$(readlink -f "$RG")" "$TMP/rg"
tar -czf "$TMP/vscode-ripgrep-cache-1.15.11/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$TMP" rg
mkdir -p "$DEST"
cd "$DEST"
[ -f package.json ] || echo '{ "private": true }' > package.json
TMPDIR="$TMP" npm_config_unsafe_perm=true npm_config_yes=true \
  npm install --no-audit --no-fund --no-save --loglevel=error "code-server@$VERSION"
echo "code-server $VERSION installed in $DEST"
