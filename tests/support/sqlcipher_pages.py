"""Decrypt every page of a SQLCipher 4 file opened with a raw key, free pages included.

With a raw key SQLCipher uses the key itself for AES-256-CBC; each page ends with a 16-byte
IV and a 64-byte HMAC, and page 1 starts with the 16-byte salt in the clear. Reading every
page this way shows what deleting really left behind, which SQL cannot.
"""

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE_SIZE = 4096
RESERVE = 80  # IV (16) + HMAC-SHA512 (64)


def decrypted_pages(path: Path, key: bytes) -> bytes:
    data = path.read_bytes()
    out = []
    for number in range(len(data) // PAGE_SIZE):
        page = data[number * PAGE_SIZE : (number + 1) * PAGE_SIZE]
        start = 16 if number == 0 else 0
        iv = page[PAGE_SIZE - RESERVE : PAGE_SIZE - RESERVE + 16]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        out.append(decryptor.update(page[start : PAGE_SIZE - RESERVE]) + decryptor.finalize())
    return b"".join(out)
