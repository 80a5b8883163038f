#!/usr/bin/env python3
"""Prints the current TOTP code (RFC 6238: SHA-1, 6 digits, 30 seconds) of a base32 secret.

For logging in as a demo account where no authenticator app or oathtool is at hand:
    scripts/totp.py "$(jq -r '.functionalAdministrators[0].totpSecret' data/demo-credentials.json)"
"""
import base64
import hashlib
import hmac
import struct
import sys
import time


def code(secret: str, moment: float) -> str:
    cleaned = secret.upper().replace(" ", "")
    key = base64.b32decode(cleaned + "=" * (-len(cleaned) % 8))
    step = int(moment // 30)
    digest = hmac.new(key, struct.pack(">Q", step), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    number = struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF
    return f"{number % 1_000_000:06d}"


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: scripts/totp.py BASE32_SECRET")
    print(code(sys.argv[1], time.time()))
