import { parseSecurityDocument } from './parseSecurityDocument';
import { fixtureReports } from './__testUtils__/fixtures';

describe('trivy image --format json', () => {
  it.each([
    ['alpine-310.json.golden', { medium: 4 }, 4],
    ['alpine-39.json.golden', { critical: 2, medium: 4 }, 6],
    ['debian-stretch.json.golden', { medium: 4, low: 1 }, 5],
    ['defectdojo_all_statuses.json', { low: 8 }, 8],
  ])('reads %s', (name, counts, total) => {
    const [report] = fixtureReports(name);
    expect(report.kind).toBe('trivy-image');
    expect(report.summary).toEqual({
      critical: 0,
      high: 0,
      medium: 0,
      low: 0,
      unknown: 0,
      ...counts,
    });
    expect(report.vulnerabilities).toHaveLength(total);
  });

  it('keeps fixed versions and leaves out absent ones', () => {
    const [alpine] = fixtureReports('alpine-39.json.golden');
    const musl = alpine.vulnerabilities.find(v => v.packageName === 'musl');
    expect(musl).toMatchObject({
      id: 'CVE-2019-14697',
      severity: 'critical',
      installedVersion: '1.1.20-r4',
      fixedVersion: '1.1.20-r5',
      image: 'testdata/fixtures/images/alpine-39.tar.gz',
    });
    const [debian] = fixtureReports('debian-stretch.json.golden');
    const bash = debian.vulnerabilities.find(v => v.id === 'CVE-2019-18276');
    expect(bash).not.toHaveProperty('fixedVersion');
  });

  it('reads misconfigurations as checks', () => {
    const result = parseSecurityDocument({
      SchemaVersion: 2,
      ArtifactName: 'app:1',
      Results: [
        {
          Target: 'Dockerfile',
          Misconfigurations: [
            {
              ID: 'DS002',
              Title: 'Image user should not be root',
              Severity: 'HIGH',
              Status: 'FAIL',
              Resolution: 'Add USER',
            },
            {
              ID: 'DS001',
              Title: 'latest',
              Severity: 'MEDIUM',
              Status: 'PASS',
            },
          ],
        },
      ],
    });
    expect(result.ok && result.reports[0].checks[0]).toEqual({
      set: 'trivy-config-audit',
      check: 'DS002',
      title: 'Image user should not be root',
      status: 'fail',
      severity: 'high',
      remediation: 'Add USER',
    });
    expect(result.ok && result.reports[0].summary).toMatchObject({
      pass: 1,
      fail: 1,
    });
  });
});
