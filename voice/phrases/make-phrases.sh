#!/usr/bin/env bash
# Renders the bridge's recorded phrases as Twilio streams them: raw mu-law, 8 kHz, mono.
# Needs espeak-ng and sox (Debian: apt-get install espeak-ng sox). A deployment may record its own
# voice instead and point VOICE_AGENT_LOST_AUDIO at the file.
set -euo pipefail
cd "$(dirname "$0")"
wav=$(mktemp --suffix=.wav)
trap 'rm -f "$wav"' EXIT
espeak-ng -v en-us -s 150 -w "$wav" "I'm so sorry, we have lost the connection on our side. A member of our team will call you back on this number very shortly."
sox "$wav" -t raw -e mu-law -r 8000 -c 1 agent-lost.ulaw
