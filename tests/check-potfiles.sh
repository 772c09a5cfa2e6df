#!/usr/bin/env bash
# check-potfiles.sh SRCDIR — fails when a file with translatable strings is
# missing from po/POTFILES.in, or POTFILES.in names a file that is gone.
#
# Copyright 2026 The Readout authors
# SPDX-License-Identifier: GPL-3.0-or-later
set -u
cd "${1:-.}" || exit 1

listed=$(grep -v '^#' po/POTFILES.in | sed '/^$/d' | sort)
found=$( { git ls-files -co --exclude-standard 'src/*.c' 'src/*.ui' 'data/*.in' 2>/dev/null ||
           find src data -name '*.c' -o -name '*.ui' -o -name '*.in'; } |
         sort -u |
         while read -r f; do
           [ -f "$f" ] || continue
           case "$f" in
             *.c) pattern='(^|[^A-Za-z0-9_])(N?_|ngettext|C_|NC_) ?\(' ;;
             *.ui) pattern='translatable="yes"' ;;
             *) pattern='<(name|summary|p|li|caption)>|^(Name|Comment|Keywords|GenericName)=' ;;
           esac
           if grep -qE "$pattern" "$f" 2>/dev/null; then
             echo "$f"
           fi
         done | sort)

status=0
for f in $(comm -13 <(echo "$listed") <(echo "$found")); do
  echo "not in po/POTFILES.in: $f"
  status=1
done
for f in $listed; do
  if [ ! -f "$f" ]; then
    echo "po/POTFILES.in names a missing file: $f"
    status=1
  fi
done
[ $status -eq 0 ] && echo "POTFILES.in lists all $(echo "$listed" | wc -l) files with translatable strings"
exit $status
