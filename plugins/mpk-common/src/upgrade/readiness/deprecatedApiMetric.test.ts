import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  MAX_METRICS_LINES,
  MAX_METRICS_TEXT_LENGTH,
  parseDeprecatedApiMetric,
} from './deprecatedApiMetric';

const fixture = (name: string) =>
  readFileSync(join(__dirname, '__fixtures__', name), 'utf8');

describe('parseDeprecatedApiMetric', () => {
  it('reads the real /metrics excerpt of an EKS 1.24 cluster', () => {
    expect(
      parseDeprecatedApiMetric(
        fixture('HariSekhon-kubernetes-upgrades.metrics.L189-194.prom'),
      ),
    ).toEqual({
      ok: true,
      tool: 'apiserver-metric',
      findings: [
        // core group, no removal planned, unknown to the catalog
        {
          kind: 'componentstatuses',
          apiVersion: 'v1',
          name: 'componentstatuses',
          namespace: null,
        },
        {
          kind: 'PodDisruptionBudget',
          apiVersion: 'policy/v1beta1',
          name: 'poddisruptionbudgets',
          namespace: null,
          deprecatedIn: '1.21',
          removedIn: '1.25',
          replacement: 'policy/v1',
        },
        {
          kind: 'PodSecurityPolicy',
          apiVersion: 'policy/v1beta1',
          name: 'podsecuritypolicies',
          namespace: null,
          deprecatedIn: '1.21',
          removedIn: '1.25',
        },
        {
          kind: 'CSIStorageCapacity',
          apiVersion: 'storage.k8s.io/v1beta1',
          name: 'csistoragecapacities',
          namespace: null,
          deprecatedIn: '1.24',
          removedIn: '1.27',
          replacement: 'storage.k8s.io/v1',
        },
      ],
    });
  });

  it('reads the one-line excerpt of the EKS best practices guide', () => {
    expect(
      parseDeprecatedApiMetric(
        fixture('aws-eks-best-practices-upgrades.metrics.L587.prom'),
      ),
    ).toMatchObject({
      ok: true,
      findings: [
        {
          kind: 'PodSecurityPolicy',
          apiVersion: 'policy/v1beta1',
          removedIn: '1.25',
        },
      ],
    });
  });

  it('tolerates label order, spaces, escapes, timestamps and other metrics', () => {
    const text = [
      '# HELP apiserver_request_total Counter of apiserver requests',
      'apiserver_request_total{group="extensions",resource="ingresses",version="v1beta1"} 12',
      'apiserver_requested_deprecated_apis_other{group="x",version="v1",resource="y"} 1',
      'apiserver_requested_deprecated_apis{ version = "v1beta1", resource="ingresses", group="extensions", subresource="", removed_release="1.22", } 1 1700000000000',
      'apiserver_requested_deprecated_apis{group="example.com",version="v1",resource="widgets",subresource="a\\"b}, c",removed_release=""} 1',
      'apiserver_requested_deprecated_apis{group="apps",version="v1beta1",resource="deployments",subresource="scale",removed_release="1.16"} 1\r',
      'apiserver_requested_deprecated_apis{group="apps",version="v1beta1",resource="deployments",subresource="",removed_release="1.16"} 1',
      'apiserver_requested_deprecated_apis{group="batch",version="v1beta1",resource="cronjobs",subresource="",removed_release="1.25"} 0',
      '',
    ].join('\n');
    expect(parseDeprecatedApiMetric(text)).toEqual({
      ok: true,
      tool: 'apiserver-metric',
      findings: [
        {
          kind: 'Ingress',
          apiVersion: 'extensions/v1beta1',
          name: 'ingresses',
          namespace: null,
          deprecatedIn: '1.14',
          removedIn: '1.22',
          replacement: 'networking.k8s.io/v1',
        },
        {
          kind: 'widgets',
          apiVersion: 'example.com/v1',
          name: 'widgets',
          namespace: null,
        },
        {
          kind: 'Deployment',
          apiVersion: 'apps/v1beta1',
          name: 'deployments',
          namespace: null,
          deprecatedIn: '1.9',
          removedIn: '1.16',
          replacement: 'apps/v1',
        },
      ],
    });
  });

  it('reads a page without the metric as no findings', () => {
    expect(parseDeprecatedApiMetric('# nothing\nup 1\n')).toEqual({
      ok: true,
      tool: 'apiserver-metric',
      findings: [],
    });
  });

  it('names the line of each malformed sample instead of throwing', () => {
    const text = [
      'apiserver_requested_deprecated_apis{group="policy",version="v1beta1"} 1',
      'apiserver_requested_deprecated_apis{group="policy",version="v1beta1",resource="x} 1',
      'apiserver_requested_deprecated_apis{group="a",version="v1",resource="r",removed_release="soon"} 1',
      'apiserver_requested_deprecated_apis{group="a",version="v1",resource="r"} one',
      `apiserver_requested_deprecated_apis{group="a",version="v1",resource="${'r'.repeat(
        254,
      )}"} 1`,
      'apiserver_requested_deprecated_apis{group="a",group="b",version="v1",resource="r"} 1',
      'apiserver_requested_deprecated_apis{group="a" version="v1",resource="r"} 1',
      'apiserver_requested_deprecated_apis{group="a\\"b",version="v1",resource="r"} 1',
      'apiserver_requested_deprecated_apis{group="a",version="1",resource="r"} 1',
      'apiserver_requested_deprecated_apis{group="a",version="v1",resource="R s"} 1',
    ].join('\n');
    expect(parseDeprecatedApiMetric(text)).toEqual({
      ok: false,
      problems: [
        'line 1: expected the labels group, version and resource',
        'line 2: unterminated value of label resource',
        'line 3: label removed_release is not a release such as 1.25',
        'line 4: expected a number, not "one"',
        'line 5: label resource is longer than 253',
        'line 6: label group is given twice',
        'line 7: expected , or } after label group',
        'line 8: label group is not an API group such as apps',
        'line 9: label version is not an API version such as v1beta1',
        'line 10: label resource is not a resource such as ingresses',
      ],
    });
  });

  it('stops past 5 MiB or 100,000 lines', () => {
    expect(
      parseDeprecatedApiMetric('#'.repeat(MAX_METRICS_TEXT_LENGTH + 1)),
    ).toEqual({
      ok: false,
      problems: [
        '(metrics): longer than 5242880 characters; send only the apiserver_requested_deprecated_apis lines',
      ],
    });
    expect(parseDeprecatedApiMetric('\n'.repeat(MAX_METRICS_LINES))).toEqual({
      ok: false,
      problems: [
        '(metrics): more than 100000 lines; send only the apiserver_requested_deprecated_apis lines',
      ],
    });
    expect(
      parseDeprecatedApiMetric('\n'.repeat(MAX_METRICS_LINES - 1)).ok,
    ).toBe(true);
  });

  it('answers too-many past 10,000 distinct APIs', () => {
    const text = Array.from(
      { length: 10_001 },
      (_, index) =>
        `apiserver_requested_deprecated_apis{group="g${index}.example.com",version="v1",resource="r"} 1`,
    ).join('\n');
    expect(parseDeprecatedApiMetric(text)).toMatchObject({
      ok: false,
      tooMany: true,
    });
  });
});
