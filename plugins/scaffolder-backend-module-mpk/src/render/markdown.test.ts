import {
  admonition,
  codeSpan,
  escapeMarkdown,
  markdownTable,
} from './markdown';

describe('escapeMarkdown', () => {
  it.each([
    [
      'escapes what could start emphasis, links, code, HTML or attributes',
      '*a* _b_ [c](d) `e` <f> {: .g} # h',
      '\\*a\\* \\_b\\_ \\[c\\](d) \\`e\\` &lt;f&gt; \\{&#58; .g\\} \\# h',
    ],
    [
      'turns entities, pipes and extension markers into character references',
      'a&amp; b|c ~~d~~ ^^e^^ ==f== :smile:',
      'a&amp;amp; b&#124;c &#126;&#126;d&#126;&#126; &#94;&#94;e&#94;&#94; &#61;&#61;f&#61;&#61; &#58;smile&#58;',
    ],
    [
      'keeps text on one line',
      'first\n\n# second\r\nthird',
      'first \\# second third',
    ],
    [
      'leaves plain names alone',
      'acme-prod us-east-1 m6i.xlarge',
      'acme-prod us-east-1 m6i.xlarge',
    ],
  ])('%s', (_, text, escaped) => {
    expect(escapeMarkdown(text)).toBe(escaped);
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

describe('admonition', () => {
  it('indents the body under its title, blank lines kept blank', () => {
    expect(admonition('warning', 'Mind this', 'First.\n\nSecond.')).toBe(
      '!!! warning "Mind this"\n    First.\n\n    Second.\n',
    );
  });

  it('refuses a title that would end its quotes early', () => {
    expect(() => admonition('note', 'a "quoted" title', 'x')).toThrow(
      /double quote/,
    );
  });
});
