import {
  exceptionState,
  exceptionsExpiringOn,
  matchingException,
  SecurityExceptionRecord,
} from './securityExceptions';

const today = '2026-07-15';

describe('exceptionState', () => {
  it.each([
    ['2026-07-14', 'expired', 'yesterday'],
    ['2026-01-01', 'expired', 'months ago'],
    ['2026-07-15', 'expiring', 'today (its last day)'],
    ['2026-07-16', 'expiring', 'tomorrow'],
    ['2026-07-29', 'expiring', '14 days ahead'],
    ['2026-07-30', 'active', '15 days ahead'],
    ['2027-07-15', 'active', 'a year ahead'],
  ])('expiring %s is %s: %s', (expires, state) => {
    expect(exceptionState(expires, today)).toBe(state);
  });
});

function exception(
  id: string,
  changes: Partial<SecurityExceptionRecord> = {},
): SecurityExceptionRecord {
  return {
    id,
    set: 'cis-1.5',
    check: '4.2.6',
    scope: {},
    reason: 'r',
    approvedBy: 'user:default/erin-em',
    expires: '2027-01-31',
    origin: 'portal',
    ...changes,
  };
}

const finding = {
  set: 'cis-1.5',
  check: '4.2.6',
  resource: { namespace: 'shop', kind: 'Pod', name: 'web' },
};

describe('matchingException', () => {
  it.each<[string, SecurityExceptionRecord[], string | undefined]>([
    ['none', [], undefined],
    ['the same check anywhere', [exception('a')], 'a'],
    ['every check of the set', [exception('a', { check: '*' })], 'a'],
    ['another check', [exception('a', { check: '4.2.7' })], undefined],
    ['another set', [exception('a', { set: 'cis-1.8' })], undefined],
    ['the cluster', [exception('a', { scope: { cluster: 'acme-prod' } })], 'a'],
    [
      'another cluster',
      [exception('a', { scope: { cluster: 'acme-dev' } })],
      undefined,
    ],
    ['the namespace', [exception('a', { scope: { namespace: 'shop' } })], 'a'],
    [
      'another namespace',
      [exception('a', { scope: { namespace: 'ops' } })],
      undefined,
    ],
    [
      'another kind',
      [exception('a', { scope: { kind: 'Deployment' } })],
      undefined,
    ],
    ['another name', [exception('a', { scope: { name: 'db' } })], undefined],
    [
      'the most specific scope',
      [
        exception('cluster', { scope: { cluster: 'acme-prod' } }),
        exception('pod', {
          scope: { cluster: 'acme-prod', namespace: 'shop', name: 'web' },
        }),
        exception('namespace', { scope: { namespace: 'shop' } }),
      ],
      'pod',
    ],
    [
      'a named check over every check',
      [exception('all', { check: '*' }), exception('named')],
      'named',
    ],
    [
      'an active exception over a more specific expired one',
      [
        exception('expired', {
          scope: { namespace: 'shop', name: 'web' },
          expires: '2026-07-14',
        }),
        exception('active'),
      ],
      'active',
    ],
    [
      'an expiring exception over an expired one',
      [
        exception('expired', { expires: '2026-07-01' }),
        exception('expiring', { expires: '2026-07-15' }),
      ],
      'expiring',
    ],
    [
      'the latest expiry among equals',
      [
        exception('early', { expires: '2026-09-01' }),
        exception('late', { expires: '2026-12-01' }),
        exception('mid', { expires: '2026-10-01' }),
      ],
      'late',
    ],
    [
      'the latest of expired ones',
      [
        exception('old', { expires: '2026-06-01' }),
        exception('recent', { expires: '2026-07-10' }),
      ],
      'recent',
    ],
  ])('%s', (_, exceptions, expected) => {
    expect(matchingException(finding, 'acme-prod', exceptions, today)?.id).toBe(
      expected,
    );
  });

  it('answers the exception with its state today', () => {
    expect(
      matchingException(
        finding,
        'acme-prod',
        [exception('a', { expires: '2026-07-20', state: 'active' })],
        today,
      ),
    ).toEqual({
      ...exception('a', { expires: '2026-07-20' }),
      state: 'expiring',
    });
  });

  it.each<[string, string, string | undefined]>([
    ['the id and package', 'CVE-2019-20367:libbsd', 'x'],
    ['the id alone, for every package', 'CVE-2019-20367', 'x'],
    ['another id', 'CVE-2019-2036', undefined],
    ['every vulnerability', '*', 'x'],
  ])('matches a vulnerability by %s', (_, check, expected) => {
    expect(
      matchingException(
        { set: 'vulnerability', check: 'CVE-2019-20367:libbsd' },
        'acme-prod',
        [exception('x', { set: 'vulnerability', check })],
        today,
      )?.id,
    ).toBe(expected);
  });

  it('matches a cluster-wide finding only with an exception of no resource', () => {
    const clusterWide = { set: 'cis-1.5', check: '4.2.6' };
    expect(
      [
        exception('ns', { scope: { namespace: 'shop' } }),
        exception('cluster', { scope: { cluster: 'acme-prod' } }),
      ].map(e => matchingException(clusterWide, 'acme-prod', [e], today)?.id),
    ).toEqual([undefined, 'cluster']);
  });
});

describe('exceptionsExpiringOn', () => {
  it.each([
    ['2026-07-29', true, '14 days ahead'],
    ['2026-07-28', false, '13 days ahead'],
    ['2026-07-30', false, '15 days ahead'],
    ['2026-07-15', false, 'today'],
  ])('expiring %s: %s (%s)', (expires, notified) => {
    const exceptions = [exception('a', { expires })];
    expect(exceptionsExpiringOn(exceptions, today)).toEqual(
      notified ? exceptions : [],
    );
  });

  it('notifies across a month end', () => {
    expect(
      exceptionsExpiringOn([{ expires: '2026-08-04' }], '2026-07-21'),
    ).toEqual([{ expires: '2026-08-04' }]);
  });
});
