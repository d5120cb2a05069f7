import { codeSpan, escapeMarkdown, markdownTable } from './markdown';

describe('escapeMarkdown', () => {
  it('escapes what could start emphasis, links, code, HTML or attributes', () => {
    expect(escapeMarkdown('*a* _b_ [c](d) `e` <f> {: .g} # h')).toBe(
      '\\*a\\* \\_b\\_ \\[c\\](d) \\`e\\` &lt;f&gt; \\{&#58; .g\\} \\# h',
    );
  });

  it('turns entities, pipes and extension markers into character references', () => {
    expect(escapeMarkdown('a&amp; b|c ~~d~~ ^^e^^ ==f== :smile:')).toBe(
      'a&amp;amp; b&#124;c &#126;&#126;d&#126;&#126; &#94;&#94;e&#94;&#94; &#61;&#61;f&#61;&#61; &#58;smile&#58;',
    );
  });

  it('keeps text on one line', () => {
    expect(escapeMarkdown('first\n\n# second\r\nthird')).toBe(
      'first \\# second third',
    );
  });

  it('leaves plain names alone', () => {
    expect(escapeMarkdown('acme-prod us-east-1 m6i.xlarge')).toBe(
      'acme-prod us-east-1 m6i.xlarge',
    );
  });
});

describe('codeSpan', () => {
  it('fences text with more backticks than it contains', () => {
    expect(codeSpan('plain')).toBe('`plain`');
    expect(codeSpan('a ``b`` c')).toBe('```a ``b`` c```');
    expect(codeSpan('`edge`')).toBe('`` `edge` ``');
  });
});

describe('markdownTable', () => {
  it('keeps every row to its columns, whatever the escaped cells hold', () => {
    const table = markdownTable(
      ['Name', 'Value'],
      [[escapeMarkdown('a | b'), escapeMarkdown('line\nbreak')]],
    );
    const rows = table.split('\n');
    expect(rows).toHaveLength(3);
    // Only the column separators remain as pipes.
    for (const row of rows) {
      expect(row.split('|')).toHaveLength(4);
    }
    expect(rows[2]).toBe('| a &#124; b | line break |');
  });
});
