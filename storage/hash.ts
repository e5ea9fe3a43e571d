/** The string hashes Vouch uses: stable across runs and browsers, never for secrecy. */

/** cyrb53 in base 36: 53 bits, so one person's texts never collide in practice. */
export function cyrb53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * 32-bit FNV-1a, unsigned: cheap enough to hash every word shingle of a message. It reads UTF-16
 * code units, or code points with `byCodePoint` (the two differ only past U+FFFF, as for emoji).
 */
export function fnv1a(text: string, byCodePoint = false): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    const c = byCodePoint ? text.codePointAt(i)! : text.charCodeAt(i);
    if (c > 0xffff) i++;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h >>> 0;
}
