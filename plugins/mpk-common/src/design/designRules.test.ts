import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { currentTier, parseStackDefinition } from '../stack/stackDefinition';
import { DesignRuleContext, findDesignProblems } from './designRules';
import { DetailedDesign, detailedDesignSchema } from './detailedDesign';

const parsed = parseStackDefinition(
  parse(
    readFileSync(resolve(__dirname, '../../../../examples/stack.yaml'), 'utf8'),
  ),
);
if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
const stack = parsed.stack;

/** What the example stack requires on a platform, with one choice of each kind. */
function requiredComponents(platform: 'eks' | 'rpc-k'): string[] {
  const required = stack.technologies
    .filter(
      t =>
        t.platforms.includes(platform) &&
        !t.choice &&
        currentTier(t) === 'infrastructure',
    )
    .map(t => t.id);
  return platform === 'eks'
    ? [
        ...required,
        'aws-alb-ingress-controller',
        'aws-ecr',
        'aws-ebs-csi-driver',
      ]
    : [...required, 'nginx-ingress-controller', 'harbor', 'netapp-csi-driver'];
}

const context: DesignRuleContext = {
  stack,
  supportedLines: ['1.36', '1.35'],
  calendarTitle: 'Amazon EKS',
  existingClusters: ['acme-prod', 'acme-staging'],
};

const design = (overrides: Partial<DetailedDesign> = {}): DetailedDesign =>
  detailedDesignSchema.parse({
    name: 'initech-platform',
    customer: 'initech',
    owner: 'group:default/pod-blue',
    platform: 'eks',
    region: 'us-east-1',
    kubernetesVersion: '1.36',
    environments: [
      {
        name: 'prod',
        class: 'production',
        nodeGroups: [
          {
            name: 'general',
            instanceType: 'm6i.xlarge',
            minSize: 3,
            desiredSize: 3,
            maxSize: 9,
          },
        ],
      },
      {
        name: 'staging',
        class: 'non-production',
        nodeGroups: [
          {
            name: 'general',
            instanceType: 'm6i.large',
            minSize: 2,
            desiredSize: 2,
            maxSize: 4,
          },
        ],
      },
    ],
    components: requiredComponents('eks'),
    ...overrides,
  });

describe('findDesignProblems', () => {
  it('accepts a design that keeps every rule, on either platform', () => {
    expect(findDesignProblems(design(), context)).toEqual([]);
    expect(
      findDesignProblems(
        design({ platform: 'rpc-k', components: requiredComponents('rpc-k') }),
        context,
      ),
    ).toEqual([]);
  });

  it('refuses a version outside the two most recent supported releases', () => {
    expect(
      findDesignProblems(design({ kubernetesVersion: '1.34' }), context),
    ).toEqual([
      'kubernetesVersion 1.34: not one of the two most recent Amazon EKS releases still supported (1.36 and 1.35)',
    ]);
    expect(
      findDesignProblems(design({ kubernetesVersion: 'latest' }), context),
    ).toEqual([
      'kubernetesVersion "latest": not a Kubernetes version such as 1.36',
    ]);
  });

  it('needs a non-production environment unless "not qualified" is acknowledged', () => {
    const productionOnly = design().environments.slice(0, 1);
    expect(
      findDesignProblems(design({ environments: productionOnly }), context),
    ).toEqual([
      'environments: no non-production environment; without one the customer is not qualified and the upgrade deadlines are not guaranteed (acknowledge "not qualified" to go ahead)',
    ]);
    expect(
      findDesignProblems(
        design({ environments: productionOnly, acknowledgeNotQualified: true }),
        context,
      ),
    ).toEqual([]);
  });

  it('names the missing Infrastructure-tier technologies and choices', () => {
    const components = requiredComponents('eks').filter(
      id => !['prometheus', 'aws-alb-ingress-controller'].includes(id),
    );
    expect(findDesignProblems(design({ components }), context)).toEqual([
      'components: Infrastructure-tier Prometheus (prometheus) is missing: it is part of every cluster build on EKS',
      'components: no ingress controller chosen; choose one of AWS ALB Ingress Controller for EKS (aws-alb-ingress-controller), Nginx Ingress Controller (nginx-ingress-controller)',
    ]);
  });

  it('refuses technologies that do not fit the platform, or that the stack does not have', () => {
    const components = [
      ...requiredComponents('rpc-k'),
      'aws-alb-ingress-controller',
      'aws-efs-csi-driver',
      'kubeflow',
    ];
    expect(
      findDesignProblems(design({ platform: 'rpc-k', components }), context),
    ).toEqual([
      'components: AWS ALB Ingress Controller for EKS (aws-alb-ingress-controller) does not run on RPC-K; it runs on EKS',
      'components: AWS EFS CSI driver (aws-efs-csi-driver) does not run on RPC-K; it runs on EKS',
      'components: "kubeflow" is not a technology of the stack',
    ]);
    expect(
      findDesignProblems(
        design({ components: [...requiredComponents('eks'), 'metallb'] }),
        context,
      ),
    ).toEqual([
      'components: MetalLB (metallb) does not run on EKS; it runs on RPC-K',
    ]);
  });

  it('refuses a design named like one of its clusters, naming the environment', () => {
    const [prod, staging] = design().environments;
    expect(
      findDesignProblems(
        design({
          name: 'globex-staging',
          customer: 'globex',
          environments: [prod, staging],
        }),
        context,
      ),
    ).toEqual([
      `environments[1] "${staging.name}": its cluster would be named "globex-staging", like the design; the design and its clusters are all catalog resources (resource:default/globex-staging), so rename the design or the environment`,
    ]);
  });

  it('lists every naming problem at once, and clusters that exist already', () => {
    const [prod, staging] = design().environments;
    expect(
      findDesignProblems(
        design({
          name: 'Initech Platform',
          customer: 'acme',
          environments: [
            prod,
            { ...staging, name: 'Staging' },
            { ...staging, name: 'prod' },
            {
              ...staging,
              name: 'qa',
              nodeGroups: [
                { ...staging.nodeGroups[0], name: 'gpu_a', minSize: 5 },
              ],
            },
          ],
        }),
        context,
      ),
    ).toEqual([
      `name "Initech Platform": may contain only lowercase letters, digits and '-' (found 'I')`,
      `environments[1] "Staging": may contain only lowercase letters, digits and '-' (found 'S')`,
      'environments[2] "prod": the name is used by an earlier environment',
      `environments[3] "qa".nodeGroups[0] "gpu_a": may contain only lowercase letters, digits and '-' (found '_')`,
      'environments[3] "qa".nodeGroups[0] "gpu_a": sizes must satisfy minSize <= desiredSize <= maxSize (5, 2, 4)',
      'environments[0] "prod": cluster acme-prod already exists in the catalog',
      'environments[2] "prod": cluster acme-prod already exists in the catalog',
    ]);
  });
});
