#!/usr/bin/env bash
# vendor-assets.sh fetches the browser libraries that the web UI embeds from
# the npm registry, checks each tarball against the registry's own integrity
# hash, and writes the minified files with their licences to
# web/static/vendor/, where the web package embeds them. Nothing is built and
# no node is needed: the files are taken as published.
#
#   scripts/vendor-assets.sh           fetch; fail if a file differs from SHA256SUMS
#   scripts/vendor-assets.sh --update  fetch and rewrite SHA256SUMS (after a version bump)
#   scripts/vendor-assets.sh --check   no network: check the committed files against SHA256SUMS
#
# Needs bash, curl, tar, sha256sum and openssl. NPM_REGISTRY overrides the
# registry (default https://registry.npmjs.org).
set -euo pipefail
cd "$(dirname "$0")/.."

dest=web/static/vendor
registry="${NPM_REGISTRY:-https://registry.npmjs.org}"
mode=fetch
case "${1:-}" in
  "") ;;
  --update) mode=update ;;
  --check) mode=check ;;
  *) echo "usage: $0 [--update|--check]" >&2; exit 2 ;;
esac

# One line per package: npm name, exact version, folder under $dest, then the
# files to take from the tarball's package/ folder (written under their base
# names).
packages=(
  "cytoscape 3.34.4 cytoscape dist/cytoscape.min.js LICENSE"
  "vis-timeline 8.5.4 vis-timeline standalone/umd/vis-timeline-graph2d.min.js styles/vis-timeline-graph2d.min.css LICENSE.md LICENSE.Apache-2.0.txt LICENSE.MIT.txt"
  "htmx.org 2.0.11 htmx dist/htmx.min.js LICENSE"
)

if [ "$mode" = check ]; then
  (cd "$dest" && sha256sum --quiet --strict -c SHA256SUMS)
  echo "vendored assets match $dest/SHA256SUMS"
  exit 0
fi

for tool in curl tar sha256sum openssl; do
  command -v "$tool" >/dev/null || { echo "$0: $tool is required" >&2; exit 1; }
done

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
stage="$tmp/stage"
mkdir -p "$stage"

# field KEY FILE prints the first string value of "KEY" in a registry
# version document (a flat JSON string, so a pattern is enough).
field() {
  grep -o "\"$1\": *\"[^\"]*\"" "$2" | head -n 1 | sed 's/.*: *"\(.*\)"/\1/'
}

sources="$stage/SOURCES"
{
  echo "# Vendored by scripts/vendor-assets.sh from the npm registry; files as published."
  echo "# package version tarball integrity"
} >"$sources"

for line in "${packages[@]}"; do
  read -r name version folder files <<<"$line"
  meta="$tmp/$folder.json"
  curl -fsSL --retry 3 -o "$meta" "$registry/$name/$version"
  tarball="$(field tarball "$meta")"
  integrity="$(field integrity "$meta")"
  if [ -z "$tarball" ] || [ "${integrity%%-*}" != sha512 ]; then
    echo "$0: $name@$version: no tarball or sha512 integrity in the registry's answer" >&2
    exit 1
  fi
  tgz="$tmp/$folder.tgz"
  curl -fsSL --retry 3 -o "$tgz" "$tarball"
  got="sha512-$(openssl dgst -sha512 -binary "$tgz" | base64 -w0)"
  if [ "$got" != "$integrity" ]; then
    echo "$0: $name@$version: tarball hash $got, registry says $integrity" >&2
    exit 1
  fi
  mkdir -p "$tmp/x/$folder" "$stage/$folder"
  tar -xzf "$tgz" -C "$tmp/x/$folder"
  for f in $files; do
    cp "$tmp/x/$folder/package/$f" "$stage/$folder/$(basename "$f")"
  done
  echo "$name $version $tarball $integrity" >>"$sources"
  echo "fetched $name@$version ($integrity)"
done

(cd "$stage" && find . -type f ! -name SOURCES -printf '%P\n' | LC_ALL=C sort | xargs sha256sum >"$tmp/SHA256SUMS")
mv "$tmp/SHA256SUMS" "$stage/SHA256SUMS"

if [ "$mode" = fetch ] && [ -f "$dest/SHA256SUMS" ]; then
  if ! diff -u "$dest/SHA256SUMS" "$stage/SHA256SUMS"; then
    echo "$0: the fetched files differ from $dest/SHA256SUMS; rerun with --update if the versions were changed on purpose" >&2
    exit 1
  fi
fi

mkdir -p "$dest"
for line in "${packages[@]}"; do
  read -r _ _ folder _ <<<"$line"
  rm -rf "${dest:?}/$folder"
  cp -r "$stage/$folder" "$dest/$folder"
done
cp "$stage/SHA256SUMS" "$stage/SOURCES" "$dest/"
echo "wrote $dest"
