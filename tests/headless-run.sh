#!/usr/bin/env bash
# headless-run.sh CMD [ARGS…] — runs CMD with its own Xvfb display, D-Bus
# session and private HOME/XDG directories, so GUI tests run in parallel on
# a machine without a screen and never touch the user's files. An existing
# DISPLAY and session bus are reused.
#
# Copyright 2026 The Readout authors
# SPDX-License-Identifier: GPL-3.0-or-later
set -u

[ $# -gt 0 ] || { echo "usage: headless-run.sh CMD [ARGS…]" >&2; exit 2; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/readout-headless.XXXXXX")
xvfb_pid=
cleanup() {
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null && wait "$xvfb_pid" 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT

export HOME="$tmp/home"
export XDG_CONFIG_HOME="$tmp/config"
export XDG_DATA_HOME="$tmp/data"
export XDG_CACHE_HOME="$tmp/cache"
export XDG_STATE_HOME="$tmp/state"
export XDG_RUNTIME_DIR="$tmp/runtime"
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_STATE_HOME"
mkdir -m 700 "$XDG_RUNTIME_DIR"
unset WAYLAND_DISPLAY

if [ -z "${DISPLAY:-}" ]; then
  command -v Xvfb >/dev/null 2>&1 || { echo "Xvfb is not installed; skipping"; exit 77; }
  # -displayfd: Xvfb picks a free display and writes its number, so tests
  # started in parallel never race for one.
  exec 3>"$tmp/display"
  Xvfb -displayfd 3 -screen 0 1280x1024x24 -nolisten tcp -noreset >"$tmp/xvfb.log" 2>&1 &
  xvfb_pid=$!
  exec 3>&-
  for _ in $(seq 100); do
    [ -s "$tmp/display" ] && break
    kill -0 "$xvfb_pid" 2>/dev/null || { cat "$tmp/xvfb.log" >&2; exit 1; }
    sleep 0.05
  done
  [ -s "$tmp/display" ] || { echo "Xvfb did not start" >&2; exit 1; }
  export DISPLAY=":$(head -n1 "$tmp/display")"
fi

if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
  dbus-run-session -- "$@"
else
  "$@"
fi
