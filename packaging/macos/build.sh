#!/bin/sh
# Build dist/Børnesamtale.app on a Mac, sign it with a Developer ID, notarise and staple it.
# Written on Linux and not yet run on a Mac: see packaging/README.md ("macOS").
#
#   packaging/macos/build.sh                       unsigned (ad hoc) build, for trying it out
#
#   BORNE_SAMTALE_CODESIGN_IDENTITY="Developer ID Application: <organisation> (<team id>)" \
#   NOTARY_PROFILE=<keychain profile made with: xcrun notarytool store-credentials> \
#   packaging/macos/build.sh                       signed, notarised, stapled
#
# Needs Python 3.11 or newer (python.org or Homebrew) and Xcode's command line tools.
# PyInstaller builds for the Mac's own processor (arm64 on Apple silicon, x86_64 on Intel).
set -eu
cd "$(dirname "$0")/../.."

app="dist/Børnesamtale.app"

# The one-folder build and its smoke test (the same as on Linux), then the .app that the
# spec's BUNDLE step makes beside it. With BORNE_SAMTALE_CODESIGN_IDENTITY set, PyInstaller
# signs every binary and the .app with it, with the hardened runtime and a secure timestamp.
make package
test -d "$app"

codesign --verify --deep --strict --verbose=2 "$app"
version=$("$app/Contents/MacOS/borne-samtale" --version | cut -d' ' -f2)
echo "Built $app, version $version"

if [ -z "${BORNE_SAMTALE_CODESIGN_IDENTITY:-}" ] || [ -z "${NOTARY_PROFILE:-}" ]; then
    echo "Not notarised: set BORNE_SAMTALE_CODESIGN_IDENTITY and NOTARY_PROFILE for a release."
    exit 0
fi

# Notarisation: Apple checks the signed app and issues a ticket, which is stapled to it so
# that Gatekeeper can check it without going online.
zip="dist/borne-samtale-$version-macos-$(uname -m).zip"
rm -f "$zip"
ditto -c -k --keepParent "$app" "$zip"
xcrun notarytool submit "$zip" --keychain-profile "$NOTARY_PROFILE" --wait
xcrun stapler staple "$app"
xcrun stapler validate "$app"
spctl --assess --type execute --verbose=2 "$app"

# What is handed out: the stapled app, zipped again.
rm -f "$zip"
ditto -c -k --keepParent "$app" "$zip"
echo "Release archive: $zip"
