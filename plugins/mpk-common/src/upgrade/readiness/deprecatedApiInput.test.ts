import {
  ProblemList,
  readApiVersion,
  readKind,
  readRecord,
  readString,
  tooManyFindings,
  withoutAbsentFields,
} from './deprecatedApiInput';

describe('deprecated-API input checks', () => {
  it('reads own keys only and refuses prototype keys', () => {
    const problems = new ProblemList();
    expect(readRecord(Object.create({ inherited: 1 }), 'x', problems)).toEqual(
      {},
    );
    expect(
      readRecord(JSON.parse('{"prototype":1,"a":2}'), 'x', problems),
    ).toBeUndefined();
    expect(readRecord([], 'y', problems)).toBeUndefined();
    expect(problems.list()).toEqual([
      'x.prototype: this key is not allowed',
      'y: expected an object',
    ]);
  });

  it('checks type, emptiness, length and control characters of strings', () => {
    const problems = new ProblemList();
    const record = { a: 1, b: '', c: 'abcd', d: 'a\nb', e: '', f: 'ok' };
    const rule = { maxLength: 3 };
    expect(readString(record, 'a', '[0]', problems, rule)).toBeUndefined();
    expect(readString(record, 'b', '[0]', problems, rule)).toBeUndefined();
    expect(readString(record, 'c', '[0]', problems, rule)).toBeUndefined();
    expect(readString(record, 'd', '[0]', problems, rule)).toBeUndefined();
    expect(
      readString(record, 'e', '[0]', problems, {
        ...rule,
        emptyIsAbsent: true,
      }),
    ).toBeUndefined();
    expect(readString(record, 'f', '[0]', problems, rule)).toBe('ok');
    expect(
      readString(record, 'g', '[0]', problems, { ...rule, required: true }),
    ).toBeUndefined();
    expect(problems.list()).toEqual([
      '[0].a: expected a string',
      '[0].b: must not be empty',
      '[0].c: longer than 3 characters',
      '[0].d: must not contain control characters',
      '[0].g: required',
    ]);
  });

  it('knows an apiVersion and a kind when it sees one', () => {
    const problems = new ProblemList();
    const record = {
      core: 'v1',
      grouped: 'apps/v1beta1',
      bad: 'apps/1',
      kind: 'Pod',
    };
    expect(readApiVersion(record, 'core', '', problems)).toBe('v1');
    expect(readApiVersion(record, 'grouped', '', problems)).toBe(
      'apps/v1beta1',
    );
    expect(readApiVersion(record, 'bad', '', problems)).toBeUndefined();
    expect(readKind(record, 'kind', '', problems)).toBe('Pod');
    expect(problems.list()).toEqual([
      'bad: expected an apiVersion such as apps/v1 or v1',
    ]);
  });

  it('words the too-many refusal and drops absent fields', () => {
    expect(tooManyFindings(10_001)).toEqual({
      ok: false,
      tooMany: true,
      problems: ['the report holds 10001 findings; at most 10000 are accepted'],
    });
    expect(
      Object.keys(
        withoutAbsentFields({
          kind: 'Pod',
          apiVersion: 'v1',
          name: 'a',
          namespace: null,
          removedIn: undefined,
        }),
      ),
    ).toEqual(['kind', 'apiVersion', 'name', 'namespace']);
  });
});
