#!/usr/bin/env bash
# check-translations.sh SRCDIR — runs msgfmt --check on every language in
# po/LINGUAS, so a broken header, plural form or mismatched format
# directive (%s, %d, %u) fails the suite instead of crashing at runtime.
#
# Copyright 2026 The Readout authors
# SPDX-License-Identifier: GPL-3.0-or-later
set -u
cd "${1:-.}" || exit 1

if ! command -v msgfmt >/dev/null 2>&1; then
  echo "msgfmt not found"
  exit 77
fi

status=0
n=0
for lang in $(sed -e 's/#.*//' po/LINGUAS); do
  n=$((n + 1))
  if [ ! -f "po/$lang.po" ]; then
    echo "po/LINGUAS names $lang, but po/$lang.po is missing"
    status=1
    continue
  fi
  if ! msgfmt --check -o /dev/null "po/$lang.po"; then
    echo "po/$lang.po: msgfmt --check failed"
    status=1
  fi
done

if [ $n -eq 0 ]; then
  echo "po/LINGUAS lists no languages"
  status=1
fi
[ $status -eq 0 ] && echo "msgfmt --check passed for $n translation(s)"
exit $status
