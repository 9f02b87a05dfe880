#!/usr/bin/env bash
# Pack dist/Postdesk.app into dist/Postdesk-<version>.dmg: a compressed disk image with the app and a link to
# /Applications, so the user drags one onto the other. macOS only (hdiutil). Sign and notarize the .app
# BEFORE this step and the .dmg after it (packaging/macos/README.md).
#
#   bash packaging/macos/make_dmg.sh [dist/Postdesk.app]
set -euo pipefail
cd "$(dirname "$0")/../.."
APP=${1:-dist/Postdesk.app}
VERSION=$(/usr/libexec/PlistBuddy -c "Print CFBundleShortVersionString" "$APP/Contents/Info.plist")
DMG="dist/Postdesk-$VERSION.dmg"
STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
rm -f "$DMG"
hdiutil create -volname "Postdesk $VERSION" -srcfolder "$STAGE" -fs HFS+ -format UDZO -imagekey zlib-level=9 \
  -ov "$DMG"
echo "$DMG"
