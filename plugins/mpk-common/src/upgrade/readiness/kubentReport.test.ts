import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseKubentReport } from './kubentReport';

const fixtureJson = (name: string): unknown =>
  JSON.parse(readFileSync(join(__dirname, '__fixtures__', name), 'utf8'));

const entry = (overrides: Record<string, unknown> = {}) => ({
  Name: 'nginx-deployment-old',
  Namespace: '<undefined>',
  Kind: 'Deployment',
  ApiVersion: 'apps/v1beta1',
  RuleSet: 'Deprecated APIs removed in 1.16',
  ReplaceWith: 'apps/v1',
  Since: '1.9.0',
  Labels: {},
  ...overrides,
});

describe('parseKubentReport', () => {
  it.each([
    'kubent-expected-json-output.json',
    'kubent-expected-json-output-labels.json',
  ])('reads the real output %s', fixture => {
    expect(parseKubentReport(fixtureJson(fixture))).toEqual({
      ok: true,
      tool: 'kubent',
      findings: [
        {
          kind: 'Deployment',
          apiVersion: 'apps/v1beta1',
          name: 'nginx-deployment-old',
          namespace: null,
          deprecatedIn: '1.9',
          removedIn: '1.16',
          replacement: 'apps/v1',
        },
      ],
    });
  });

  it('reads an empty report', () => {
    expect(parseKubentReport([])).toEqual({
      ok: true,
      tool: 'kubent',
      findings: [],
    });
  });

  it('keeps namespaces, drops <removed>, and fills the future ruleset from the catalog', () => {
    const result = parseKubentReport([
      entry({
        Name: 'eks.privileged',
        Kind: 'PodSecurityPolicy',
        ApiVersion: 'policy/v1beta1',
        RuleSet: 'Deprecated APIs removed in 1.25',
        ReplaceWith: '<removed>',
        Since: '1.21.0',
      }),
      entry({
        Name: 'web',
        Namespace: 'shop',
        Kind: 'DeviceClass',
        ApiVersion: 'resource.k8s.io/v1beta1',
        RuleSet: 'Deprecated APIs to be removed in future',
        ReplaceWith: '',
        Since: '',
      }),
    ]);
    expect(result).toEqual({
      ok: true,
      tool: 'kubent',
      findings: [
        {
          kind: 'PodSecurityPolicy',
          apiVersion: 'policy/v1beta1',
          name: 'eks.privileged',
          namespace: null,
          deprecatedIn: '1.21',
          removedIn: '1.25',
        },
        {
          kind: 'DeviceClass',
          apiVersion: 'resource.k8s.io/v1beta1',
          name: 'web',
          namespace: 'shop',
          deprecatedIn: '1.33',
          removedIn: '1.36',
          replacement: 'resource.k8s.io/v1beta2',
        },
      ],
    });
  });

  it('names each malformed field instead of throwing', () => {
    const result = parseKubentReport([
      entry(),
      entry({ Name: 42 }),
      entry({ Kind: 'x'.repeat(64) }),
      entry({ ApiVersion: 7 }),
      entry({ Name: 'n'.repeat(254), Since: 'soon' }),
      entry({ Namespace: 'ns\u0000' }),
      'not an object',
      entry({ Labels: { app: 3 } }),
      entry({ ApiVersion: 'apps v1' }),
    ]);
    expect(result).toEqual({
      ok: false,
      problems: [
        '[1].Name: expected a string',
        '[2].Kind: longer than 63 characters',
        '[3].ApiVersion: expected a string',
        '[4].Name: longer than 253 characters',
        '[4].Since: expected a version such as 1.9.0',
        '[5].Namespace: must not contain control characters',
        '[6]: expected an object',
        '[7].Labels.app: expected a string',
        '[8].ApiVersion: expected an apiVersion such as apps/v1 or v1',
      ],
    });
  });

  it('refuses prototype keys wherever they are', () => {
    const report = JSON.parse(
      '[{"__proto__":{"Name":"x"},"Name":"a","Kind":"Deployment","ApiVersion":"apps/v1beta1"},' +
        '{"Name":"b","Kind":"Deployment","ApiVersion":"apps/v1beta1","Labels":{"constructor":"x"}}]',
    );
    expect(parseKubentReport(report)).toEqual({
      ok: false,
      problems: [
        '[0].__proto__: this key is not allowed',
        '[1].Labels.constructor: this key is not allowed',
      ],
    });
    expect(({} as Record<string, unknown>).Name).toBeUndefined();
  });

  it('requires the name, kind and apiVersion', () => {
    expect(parseKubentReport([{}])).toEqual({
      ok: false,
      problems: [
        '[0].Name: required',
        '[0].Kind: required',
        '[0].ApiVersion: required',
      ],
    });
  });

  it('answers too-many past 10,000 findings', () => {
    const result = parseKubentReport(Array.from({ length: 10_001 }, entry));
    expect(result).toEqual({
      ok: false,
      tooMany: true,
      problems: ['the report holds 10001 findings; at most 10000 are accepted'],
    });
    expect(parseKubentReport(Array.from({ length: 10_000 }, entry)).ok).toBe(
      true,
    );
  });

  it('bounds the problems it lists', () => {
    const result = parseKubentReport(Array.from({ length: 200 }, () => 1));
    const problems = result.ok ? [] : result.problems;
    expect(problems).toHaveLength(51);
    expect(problems[50]).toBe('… and 150 more problems');
  });

  it('refuses what is not an array', () => {
    expect(parseKubentReport({ Name: 'x' })).toEqual({
      ok: false,
      problems: ['(report): expected the array that `kubent -o json` writes'],
    });
  });
});
