import { controlCharacterIn, plainTextSchema } from './plainText';

describe('plainTextSchema', () => {
  const title = plainTextSchema().trim().min(1).max(30);

  it('takes text with line breaks, tabs and any script, trimmed when the field is', () => {
    expect(title.parse('  Ingress 502\tsince 09:10 \n')).toBe(
      'Ingress 502\tsince 09:10',
    );
    expect(title.parse('Zürich 東京 ✓')).toBe('Zürich 東京 ✓');
    expect(plainTextSchema().parse('a\r\nb')).toBe('a\r\nb');
  });

  it.each([
    ['a NUL', 'abc\u0000def', 'U+0000 at character 4'],
    ['an escape', '\u001b[31mred', 'U+001B at character 1'],
    [
      'a vertical tab, even where trimming would drop it',
      'title\u000b',
      'U+000B at character 6',
    ],
    ['DEL', 'x\u007f', 'U+007F at character 2'],
    ['a C1 control', 'next\u0085line', 'U+0085 at character 5'],
  ])('refuses %s, saying which and where', (_, text, found) => {
    const result = title.safeParse(text);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map(i => i.message)).toContain(
      `must be plain text without control characters other than line breaks and tabs (found ${found})`,
    );
  });

  it('keeps the field’s own messages, e.g. a missing value', () => {
    const required = plainTextSchema({
      error: issue => (issue.input === undefined ? 'is required' : undefined),
    });
    expect(required.safeParse(undefined).error?.issues[0].message).toBe(
      'is required',
    );
  });
});

describe('controlCharacterIn', () => {
  it('finds none in plain text', () => {
    expect(controlCharacterIn('line one\nline two\r\n\tindented')).toBe(
      undefined,
    );
  });
});
