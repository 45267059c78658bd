#!/usr/bin/env bash
# Renders what the live-call tests stream to the voice bridge as Twilio sends a call's audio (the
# caller's sentences), and one line of the agent's for the way back: raw mu-law, 8000 Hz, mono, no
# header. espeak-ng and sox are not in CI, so the .ulaw files this writes are committed; run it
# again only to change what is said.
set -euo pipefail
cd "$(dirname "$0")"

render() {
  local name=$1 text=$2
  local wav
  wav=$(mktemp --suffix=.wav)
  # A fixed voice, and no dither (-D): the same text renders to the same bytes on the same espeak-ng and sox.
  espeak-ng -v en-us -s 150 -p 40 -w "$wav" "$text"
  sox -D "$wav" -t raw -e mu-law -r 8000 -c 1 "$name.ulaw"
  rm -f "$wav"
  echo "$name.ulaw: $(stat -c %s "$name.ulaw") bytes"
}

render helen-marsh-opening "Hello, my name is Helen Marsh. My husband Walter passed away on Sunday and I need to arrange a service."
render helen-marsh-time "A burial, please. Any morning this week is fine."
render agent-reply "I am so sorry for your loss, Helen. I can book that for you now."
