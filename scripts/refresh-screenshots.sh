#!/usr/bin/env bash
# Refreshes the screenshots in docs/screenshots/ that the README shows. The browser tests save
# a screenshot of every page they check under target/screenshots/; this script runs those tests
# and copies the pages the README names. Run it from anywhere after a page changes, and commit
# the changed images.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
pages=(
    login-nl
    professional-signal-form-nl
    professional-signal-nl
    coordination-proposed-to-you-nl
    organisation-professionals-nl
    municipality-nl
    outbox-nl
)

cd "$root"
mvn -B -q verify -Dtest='*BrowserTests' -Dsurefire.failIfNoSpecifiedTests=false

mkdir -p docs/screenshots
for page in "${pages[@]}"; do
    cp "target/screenshots/$page.png" "docs/screenshots/$page.png"
done
echo "Copied ${#pages[@]} screenshots to docs/screenshots/"
