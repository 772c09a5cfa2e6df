#!/usr/bin/env bash
# check-mime.sh MIME_XML — the shared-mime-info XML for session files must
# be well-formed, accepted by update-mime-database without a complaint, and
# then make GIO see application/x-readout-session+json in a .readout file
# (by its name) and in a session without the suffix (by its content), as a
# kind of application/json. Runs in a temporary XDG_DATA_HOME, so nothing
# of the system's database is touched. Exits 77 (skip) without the tools.
#
# Copyright 2026 The Readout authors
# SPDX-License-Identifier: GPL-3.0-or-later
set -u

xml=${1:?usage: check-mime.sh MIME_XML}
type=application/x-readout-session+json

python=${PYTHON:-/usr/bin/python3}
for tool in xmllint update-mime-database "$python"; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "$tool is not installed; skipping"
    exit 77
  fi
done
if ! "$python" -c 'import gi; gi.require_version("Gio", "2.0"); from gi.repository import Gio' 2>/dev/null; then
  echo "python3-gi is not installed; skipping"
  exit 77
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

xmllint --noout "$xml" || { echo "not well-formed: $xml"; exit 1; }
grep -q "<mime-type type=\"$type\">" "$xml" || { echo "$xml does not define $type"; exit 1; }

mkdir -p "$work/data/mime/packages" "$work/files"
cp "$xml" "$work/data/mime/packages/io.github.readout.Readout.xml"
if ! update-mime-database -V "$work/data/mime" >"$work/out" 2>"$work/err"; then
  echo "update-mime-database failed:"; cat "$work/err"; exit 1
fi
# It reports unknown elements and bad attributes as warnings on stderr.
if grep -qiE 'warning|error|unknown|invalid' "$work/err"; then
  echo "update-mime-database complained:"; cat "$work/err"; exit 1
fi
grep -q "$type" "$work/data/mime/globs2" || { echo "$type is not in globs2"; exit 1; }
grep -q "^$type application/json" "$work/data/mime/subclasses" ||
  { echo "$type is not a subclass of application/json"; exit 1; }

# A session as the writer lays it out, and the same on one line.
cat >"$work/files/comparison.readout" <<'JSON'
{
  "format" : "readout-session",
  "version" : 1,
  "documents" : [ ]
}
JSON
printf '{"format":"readout-session","version":1,"documents":[]}' >"$work/files/no-suffix"
printf '{"title":"an article","text":"not a session"}' >"$work/files/article.json"

export XDG_DATA_HOME="$work/data"
export XDG_DATA_DIRS="$work/empty:/usr/local/share:/usr/share"
"$python" - "$work/files" "$type" <<'PY'
import sys, pathlib
import gi
gi.require_version("Gio", "2.0")
from gi.repository import Gio

files, want = pathlib.Path(sys.argv[1]), sys.argv[2]
errors = []

def check(what, got, expected):
    if got != expected:
        errors.append(f"{what}: {got!r}, expected {expected!r}")

# By name alone, as a file chooser's filter does.
guess, uncertain = Gio.content_type_guess("comparison.readout", None)
check("name alone", Gio.content_type_get_mime_type(guess), want)
# By name and content, as the file manager does.
data = (files / "comparison.readout").read_bytes()
guess, uncertain = Gio.content_type_guess(str(files / "comparison.readout"), data)
check("name and content", Gio.content_type_get_mime_type(guess), want)
# By content alone (a session saved without the suffix).
data = (files / "no-suffix").read_bytes()
guess, uncertain = Gio.content_type_guess(None, data)
check("content alone", Gio.content_type_get_mime_type(guess), want)
# What gio info reports for a real file.
info = Gio.File.new_for_path(str(files / "comparison.readout")).query_info(
    "standard::content-type,standard::description", Gio.FileQueryInfoFlags.NONE, None)
check("file content type", Gio.content_type_get_mime_type(info.get_content_type()), want)
check("is a kind of JSON", Gio.content_type_is_a(guess, "application/json"), True)
desc = Gio.content_type_get_description(guess)
check("description", desc, "Readout session")
# An article in JSON stays an article.
data = (files / "article.json").read_bytes()
guess, uncertain = Gio.content_type_guess(str(files / "article.json"), data)
check("JSON article", Gio.content_type_get_mime_type(guess), "application/json")

for e in errors:
    print("mime:", e)
if errors:
    sys.exit(1)
print(f"mime OK: {want} by name, content and file info; {desc!r}")
PY
