import { toCsv } from './csv';

describe('toCsv', () => {
  it('joins plain values with commas and ends each line with CRLF', () => {
    expect(
      toCsv([
        ['Cluster', 'Days left'],
        ['acme-prod', -3],
      ]),
    ).toBe('Cluster,Days left\r\nacme-prod,-3\r\n');
  });

  it('quotes values with commas, quotes or line breaks and doubles their quotes', () => {
    expect(toCsv([['a, b', 'say "hi"', 'two\nlines', 'cr\rlf', 'plain']])).toBe(
      '"a, b","say ""hi""","two\nlines","cr\rlf",plain\r\n',
    );
  });

  it('leaves an undefined value empty', () => {
    expect(toCsv([['x', undefined, 0]])).toBe('x,,0\r\n');
  });

  it('gives nothing for no rows', () => {
    expect(toCsv([])).toBe('');
  });
});
