// The magic-number test: does a byte array hold these bytes at this offset (format sniffing, BOMs).

export function startsWith(b: Uint8Array, magic: readonly number[], at = 0): boolean {
  if (b.length < at + magic.length) return false;
  return magic.every((m, i) => b[at + i] === m);
}
