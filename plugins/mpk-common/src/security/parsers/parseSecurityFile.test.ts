import { parseSecurityFile } from './parseSecurityFile';
import { fixtureText } from './__testUtils__/fixtures';

describe('parseSecurityFile', () => {
  it('reads a JSON file', () => {
    const result = parseSecurityFile(
      fixtureText('kube-bench_cmd-testdata_result.json'),
      'kube-bench.json',
    );
    expect(result.ok && result.reports[0].summary).toEqual({
      pass: 49,
      fail: 12,
      warn: 14,
      info: 0,
    });
  });

  it('names the file and the field of a problem', () => {
    const doc = JSON.parse(fixtureText('kube-bench_cmd-testdata_result.json'));
    doc.Controls[0].tests[0].results[0].status = 'maybe';
    expect(parseSecurityFile(JSON.stringify(doc), 'kube-bench.json')).toEqual({
      ok: false,
      problems: [
        'kube-bench.json: Controls[0].tests[0].results[0].status: expected PASS, FAIL, WARN or INFO',
      ],
    });
  });

  it('reads YAML, as kubectl writes report resources, and a multi-document file', () => {
    const single = parseSecurityFile(
      fixtureText('wg_sample-cis-k8s.yaml'),
      'report.yaml',
    );
    expect(single.ok && single.reports.map(r => r.kind)).toEqual([
      'PolicyReport',
    ]);
    const text = fixtureText('wg_sample-cis-k8s.yaml');
    const double = parseSecurityFile(
      `${text}\n---\n${text}\n---\n`,
      'two.yaml',
    );
    expect(double.ok && double.reports).toHaveLength(2);
  });

  it('refuses what is neither JSON nor YAML, and YAML alias bombs', () => {
    expect(parseSecurityFile('{"a":', 'x.json')).toMatchObject({ ok: false });
    expect(parseSecurityFile('', 'x.json')).toMatchObject({ ok: false });
    const bad = parseSecurityFile('a: [1, 2\nb: }', 'bad.yaml');
    expect(!bad.ok && bad.problems[0]).toMatch(
      /^bad\.yaml: neither JSON nor valid YAML: /,
    );
    const laughs = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      ...Array.from(
        { length: 8 },
        (_, i) =>
          `${String.fromCharCode(98 + i)}: &${String.fromCharCode(
            98 + i,
          )} [${Array(10)
            .fill(`*${String.fromCharCode(97 + i)}`)
            .join(', ')}]`,
      ),
    ].join('\n');
    const bomb = parseSecurityFile(laughs, 'laughs.yaml');
    expect(bomb.ok).toBe(false);
  });

  it('refuses content over 20 MB as too large', () => {
    const big = `{"pad":"${'x'.repeat(20 * 1024 * 1024)}"}`;
    expect(parseSecurityFile(big, 'big.json')).toEqual({
      ok: false,
      tooLarge: true,
      problems: ['big.json: larger than 20971520 bytes'],
    });
    // Counted in UTF-8 bytes: 7.5 M three-byte characters are 22.5 MB.
    const wide = `"${'€'.repeat(7_500_000)}"`;
    expect(parseSecurityFile(wide, 'wide.json')).toMatchObject({
      tooLarge: true,
    });
  });

  it('refuses nesting 10,000 levels deep', () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const result = parseSecurityFile(deep, 'deep.json');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]).toMatch(
      /^deep\.json: nested (deeper than 64 levels|too deeply to read)$/,
    );
  });

  it('refuses 60,000 results as too large', () => {
    const results = Array.from({ length: 60_000 }, (_, i) => ({
      policy: `p${i}`,
      result: 'pass',
    }));
    const content = JSON.stringify({
      apiVersion: 'wgpolicyk8s.io/v1alpha2',
      kind: 'PolicyReport',
      results,
    });
    expect(parseSecurityFile(content, 'many.json')).toEqual({
      ok: false,
      tooLarge: true,
      problems: ['many.json: more than 50000 checks and vulnerabilities'],
    });
  });

  it('keeps control characters and length out of the file name', () => {
    const result = parseSecurityFile('{}', `a\nb${'c'.repeat(300)}`);
    expect(!result.ok && result.problems[0].split(': ')[0]).toHaveLength(253);
    expect(!result.ok && result.problems[0]).toMatch(/^abc/);
  });
});
