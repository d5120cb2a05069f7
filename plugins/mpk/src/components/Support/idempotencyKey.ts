/**
 * A new key for a draft (a comment, a ticket); a retry of the same draft sends it again, so the
 * server writes once. Another text is another draft, with a key of its own.
 */
export function newIdempotencyKey(): string {
  const crypto = globalThis.crypto as Crypto | undefined;
  if (crypto?.randomUUID) return crypto.randomUUID();
  const bytes = new Uint8Array(16);
  if (crypto?.getRandomValues) crypto.getRandomValues(bytes);
  else bytes.forEach((_, i) => (bytes[i] = Math.floor(Math.random() * 256)));
  return Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
}
