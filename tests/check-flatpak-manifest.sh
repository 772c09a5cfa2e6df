#!/usr/bin/env bash
# check-flatpak-manifest.sh SRCDIR APP_ID — offline check of the Flatpak
# manifest: flatpak-builder must parse it without a word on stderr (it only
# warns about unknown keys and wrong types), and its id, command and last
# module must match the project. Exits 77 (skip) without flatpak-builder.
#
# Copyright 2026 The Readout authors
# SPDX-License-Identifier: GPL-3.0-or-later
set -u

srcdir=${1:?usage: check-flatpak-manifest.sh SRCDIR APP_ID}
app_id=${2:?usage: check-flatpak-manifest.sh SRCDIR APP_ID}
manifest="$srcdir/flatpak/$app_id.json"

if ! command -v flatpak-builder >/dev/null 2>&1; then
  echo "flatpak-builder is not installed; skipping"
  exit 77
fi

[ -f "$manifest" ] || { echo "missing $manifest"; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# flatpak-builder leaves state in the current directory; keep it out of the tree.
if ! (cd "$work" && flatpak-builder --show-manifest "$manifest" >"$work/out.json" 2>"$work/err"); then
  echo "flatpak-builder could not parse $manifest:"
  cat "$work/err"
  exit 1
fi
if [ -s "$work/err" ]; then
  echo "flatpak-builder complained about $manifest:"
  cat "$work/err"
  exit 1
fi

/usr/bin/python3 - "$work/out.json" "$app_id" "$srcdir" <<'PY'
import json, sys, pathlib
manifest = json.load(open(sys.argv[1]))
app_id, srcdir = sys.argv[2], pathlib.Path(sys.argv[3])
errors = []
def expect(what, got, want):
    if got != want:
        errors.append(f"{what}: {got!r}, expected {want!r}")
expect("id", manifest.get("id") or manifest.get("app-id"), app_id)
expect("command", manifest.get("command"), "readout")
expect("runtime", manifest.get("runtime"), "org.gnome.Platform")
expect("sdk", manifest.get("sdk"), "org.gnome.Sdk")
expect("runtime-version", manifest.get("runtime-version"), "50")
last = manifest.get("modules", [{}])[-1]
expect("last module buildsystem", last.get("buildsystem"), "meson")
expect("last module name", last.get("name"), "readout")
if "-Dtests=false" not in last.get("config-opts", []):
    errors.append("last module does not pass -Dtests=false")
sources = last.get("sources", [])
if not any(s.get("type") == "dir" and s.get("path") == ".." for s in sources):
    errors.append("last module does not build the local checkout (type dir, path ..)")
# The ids in the desktop file and the metainfo must be the same.
desktop = srcdir / "data" / f"{app_id}.desktop.in"
metainfo = srcdir / "data" / f"{app_id}.metainfo.xml.in"
if not desktop.exists():
    errors.append(f"no {desktop.name} for the manifest id")
if f"<id>{app_id}</id>" not in metainfo.read_text(encoding="utf-8"):
    errors.append(f"{metainfo.name} does not declare <id>{app_id}</id>")
if f"<binary>{manifest.get('command')}</binary>" not in metainfo.read_text(encoding="utf-8"):
    errors.append("the manifest command is not a <binary> the metainfo provides")
for e in errors:
    print("manifest:", e)
if errors:
    sys.exit(1)
print(f"manifest OK: {app_id}, command {manifest.get('command')}, runtime {manifest.get('runtime')}//{manifest.get('runtime-version')}")
PY
