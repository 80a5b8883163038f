#!/usr/bin/env bash
# Refreshes the NL Design System files under src/main/resources/static/nlds/ from npm.
# No Maven package carries them, so the built CSS and fonts are committed. Change a version
# below, run this script from anywhere and commit the changed files with their licences.
set -euo pipefail

COMPONENTS_VERSION=9.0.4   # @utrecht/component-library-css
TOKENS_VERSION=5.0.1       # @utrecht/design-tokens
FONT_VERSION=5.3.0         # @fontsource-variable/noto-sans

target="$(cd "$(dirname "$0")/.." && pwd)/src/main/resources/static/nlds"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

unpack() {
    local package=$1 folder=$2
    mkdir -p "$work/$folder"
    (cd "$work" && npm pack --silent "$package" >/dev/null)
    tar -xzf "$work"/*"$folder"-*.tgz -C "$work/$folder" --strip-components=1
}

unpack "@utrecht/component-library-css@$COMPONENTS_VERSION" component-library-css
unpack "@utrecht/design-tokens@$TOKENS_VERSION" design-tokens
unpack "@fontsource-variable/noto-sans@$FONT_VERSION" noto-sans

rm -rf "$target"
mkdir -p "$target/component-library-css" "$target/design-tokens" "$target/noto-sans/files"

# The component CSS and the theme class .utrecht-theme are self-contained: no @import, and
# url() only with data: URLs.
cp "$work/component-library-css/dist/index.css" "$work/component-library-css/LICENSE.md" \
    "$target/component-library-css/"
cp "$work/design-tokens/dist/theme.css" "$work/design-tokens/LICENSE.md" "$target/design-tokens/"

# Only the latin subset of the variable font (weights 100 to 900), upright and italic: the
# pages are in Dutch and English. The @font-face blocks are taken from the package's CSS.
for style in normal italic; do
    cp "$work/noto-sans/files/noto-sans-latin-wght-$style.woff2" "$target/noto-sans/files/"
done
for css in wght.css wght-italic.css; do
    awk '/^\/\* noto-sans-latin-wght-(normal|italic) \*\/$/ {copy = 1} copy {print} copy && /^}$/ {copy = 0}' \
        "$work/noto-sans/$css"
done >"$target/noto-sans/latin.css"
cp "$work/noto-sans/LICENSE" "$target/noto-sans/"

if [ "$(grep -c '@font-face' "$target/noto-sans/latin.css")" -ne 2 ]; then
    echo "Expected 2 @font-face rules in noto-sans/latin.css: the package's CSS has changed its layout" >&2
    exit 1
fi
echo "Refreshed $target"
