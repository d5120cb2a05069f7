/**
 * Collects text that arrives in pieces but keeps at most `limit` characters
 * of it, so that a huge failure body costs no more than a short one.
 */
export class CappedText {
  private text = '';
  private truncated = false;

  constructor(private readonly limit: number) {}

  append(piece: string): void {
    if (this.truncated) return;
    // Leading whitespace is indentation, not message; dropping it here keeps
    // the room for the words.
    const rest = this.text.length === 0 ? piece.trimStart() : piece;
    const room = this.limit - this.text.length;
    if (rest.length > room) {
      this.text += rest.slice(0, room);
      this.truncated = true;
    } else {
      this.text += rest;
    }
  }

  /** The text, trimmed; cut text ends with an ellipsis within the limit. */
  value(): string {
    return capMessage(this.text, this.limit, this.truncated);
  }
}

/** Trims `text` and cuts it to `limit` characters, marking a cut with `…`. */
export function capMessage(
  text: string,
  limit: number,
  alreadyCut = false,
): string {
  const trimmed = text.trim();
  if (trimmed.length <= limit && !alreadyCut) return trimmed;
  return `${trimmed.slice(0, limit - 1).trimEnd()}…`;
}
