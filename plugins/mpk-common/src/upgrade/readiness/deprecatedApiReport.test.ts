import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDeprecatedApiReport } from './deprecatedApiReport';

const fixtureJson = (name: string): unknown =>
  JSON.parse(readFileSync(join(__dirname, '__fixtures__', name), 'utf8'));

describe('parseDeprecatedApiReport', () => {
  it('tells kubent from pluto by the shape of the report', () => {
    expect(
      parseDeprecatedApiReport(
        fixtureJson('kubent-expected-json-output-labels.json'),
      ),
    ).toMatchObject({
      ok: true,
      tool: 'kubent',
      findings: [{ name: 'nginx-deployment-old', removedIn: '1.16' }],
    });
    expect(
      parseDeprecatedApiReport(
        fixtureJson('pluto-detect-helm-ojson.from-venom-log.json'),
      ),
    ).toMatchObject({
      ok: true,
      tool: 'pluto',
      findings: [{ namespace: 'default' }, { namespace: 'demo2' }],
    });
  });

  it.each([
    ['null', null],
    [
      'a string',
      'There were no resources found with known deprecated apiVersions.',
    ],
    ['a number', 3],
    ['an object without items', { insights: [] }],
    ['an object inheriting items', Object.create({ items: [] })],
  ])('refuses %s with a clear message', (_, json) => {
    expect(parseDeprecatedApiReport(json)).toEqual({
      ok: false,
      problems: [
        expect.stringContaining(
          'expected the JSON output of `kubent -o json` (an array) or of `pluto detect-all-in-cluster -o json` (an object with items)',
        ),
      ],
    });
  });

  it('passes too-many through for the 413', () => {
    expect(
      parseDeprecatedApiReport({ items: new Array(10_001).fill({}) }),
    ).toMatchObject({ ok: false, tooMany: true });
  });
});
