import { parseEndOfLifeCycles } from './endOfLifeApi';

describe('parseEndOfLifeCycles', () => {
  it('reads endoflife.date cycles, with numeric cycles and unannounced end of life', () => {
    const result = parseEndOfLifeCycles('prometheus', 'Prometheus', [
      {
        cycle: '3.5',
        releaseDate: '2025-07-14',
        eol: '2026-07-14',
        lts: true,
        latest: '3.5.0',
      },
      { cycle: 3.7, releaseDate: '2025-10-15', eol: false },
      // Fluent Bit's old cycles: ended, on a date endoflife.date does not know.
      { cycle: '1.7', releaseDate: '2021-02-14', eol: true },
    ]);
    expect(result).toEqual({
      ok: true,
      calendar: {
        product: 'prometheus',
        title: 'Prometheus',
        cycles: [
          { cycle: '3.5', releaseDate: '2025-07-14', eol: '2026-07-14' },
          { cycle: '3.7', releaseDate: '2025-10-15' },
          { cycle: '1.7', releaseDate: '2021-02-14' },
        ],
      },
    });
  });

  it('names each malformed field', () => {
    const result = parseEndOfLifeCycles('kubernetes', 'Kubernetes', [
      { cycle: '1.36', releaseDate: '22/04/2026', eol: '2027-06-28' },
      { releaseDate: '2025-12-17', eol: 'soon' },
    ]);
    expect(result).toEqual({
      ok: false,
      problems: [
        'kubernetes[0].releaseDate: expected a date as YYYY-MM-DD',
        'kubernetes[1].cycle: Invalid input',
        'kubernetes[1].eol: expected a date as YYYY-MM-DD',
      ],
    });
  });

  it('refuses an empty or non-list payload', () => {
    expect(parseEndOfLifeCycles('k', 'K', []).ok).toBe(false);
    expect(
      parseEndOfLifeCycles('k', 'K', { error: 'Product not found' }).ok,
    ).toBe(false);
  });
});
