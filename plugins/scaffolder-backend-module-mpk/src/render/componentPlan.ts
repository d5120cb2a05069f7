import {
  CLUSTER_PLATFORM_NAMES,
  ClusterPlatform,
  currentTier,
  DesignEnvironment,
  DetailedDesign,
  StackDefinition,
  StackTechnology,
  SUPPORT_TIER_DEFINITIONS,
  clusterNameOf,
} from '@mpk-portal/plugin-mpk-common';
import { BARE_METAL_NETWORK } from './bareMetalNetwork';
import {
  chosenTechnologies,
  releaseLineOf,
  versionToDeploy,
} from './designFacts';
import { HELM_CHARTS, HelmChartSource } from './helmCharts';

/** Helm values as plain data, so both Terraform and YAML can carry them. */
export type PlainValue =
  | string
  | number
  | boolean
  | null
  | PlainValue[]
  | { [key: string]: PlainValue };

/** One Helm release to install into a cluster. */
export interface HelmReleasePlan extends HelmChartSource {
  /** release name, a DNS label; unique within a cluster */
  name: string;
  namespace: string;
  /** what the release installs, for comments */
  title: string;
  /** the stack technology it deploys; none for the cluster autoscaler, which every build has */
  technologyId?: string;
  /** the application version to deploy, when the stack defines one */
  appVersion?: string;
  values: { [key: string]: PlainValue };
  /** releases that must be installed first, e.g. the CRDs of Istio before istiod */
  after?: string[];
}

/** A chosen technology that is not installed as a Helm release, and why. */
export interface TechnologyOutsideHelm {
  technologyId: string;
  title: string;
  reason: string;
}

/** What goes into a cluster after it is built. */
export interface ComponentPlan {
  releases: HelmReleasePlan[];
  outsideHelm: TechnologyOutsideHelm[];
}

/** Technologies that EKS installs and upgrades itself as managed add-ons, by add-on name. */
export const EKS_MANAGED_ADDONS: Record<string, string> = {
  coredns: 'coredns',
  'aws-ebs-csi-driver': 'aws-ebs-csi-driver',
  'aws-efs-csi-driver': 'aws-efs-csi-driver',
};

const NOT_HELM: Record<string, (platform: ClusterPlatform) => string> = {
  terraform: () => 'a tool that builds the cluster, not software in it',
  helm: () => 'the package manager the releases are installed with',
  'aws-eks': () => 'the managed control plane itself (module "eks")',
  'rpc-k': () => 'the cluster itself (the Cluster API resources)',
  'aws-ami': () => "the worker nodes' machine image, set on the node groups",
  'customer-ami': () =>
    "the worker nodes' machine image, set on the node groups",
  'aws-ecr': () =>
    'an AWS service outside the cluster; nodes pull from it with their IAM role',
  oidc: () =>
    "API server authentication, configured with the customer's identity provider once its issuer is known",
  coredns: platform =>
    platform === 'eks'
      ? 'an EKS managed add-on (cluster_addons)'
      : 'installed by kubeadm with the control plane',
  'aws-ebs-csi-driver': () => 'an EKS managed add-on (cluster_addons)',
  'aws-efs-csi-driver': () => 'an EKS managed add-on (cluster_addons)',
  sonobuoy: () =>
    'run on demand by the sonobuoy CLI for conformance checks; nothing stays installed',
  spinnaker: () =>
    'deployed with its own operator outside the cluster build, not with Helm',
};

interface PlanContext {
  design: DetailedDesign;
  clusterName: string;
  chosen: ReadonlySet<string>;
}

type Values = HelmReleasePlan['values'];

type ReleaseRecipe = (
  tech: StackTechnology,
  context: PlanContext,
) => Omit<HelmReleasePlan, 'technologyId' | 'appVersion' | 'title'>[];

const single =
  (
    source: HelmChartSource,
    namespace: string,
    values: (context: PlanContext) => Values = () => ({}),
  ): ReleaseRecipe =>
  (_tech, context) =>
    [{ ...source, name: source.chart, namespace, values: values(context) }];

const HELM_RECIPES: Record<string, ReleaseRecipe> = {
  // The monitoring platform: Prometheus with the chosen Alertmanager and Grafana in one release.
  prometheus: single(
    HELM_CHARTS.kubePrometheusStack,
    'monitoring',
    (c): Values => ({
      alertmanager: { enabled: c.chosen.has('alertmanager') },
      grafana: { enabled: c.chosen.has('grafana') },
    }),
  ),
  alertmanager: single(HELM_CHARTS.alertmanager, 'monitoring'),
  grafana: single(HELM_CHARTS.grafana, 'monitoring'),
  'metrics-server': single(
    HELM_CHARTS.metricsServer,
    'kube-system',
    (c): Values =>
      c.design.platform === 'rpc-k'
        ? // kubeadm's kubelets serve self-signed certificates
          { args: ['--kubelet-insecure-tls'] }
        : {},
  ),
  fluentd: single(HELM_CHARTS.fluentd, 'logging'),
  istio: () => [
    {
      ...HELM_CHARTS.istioBase,
      name: 'istio-base',
      namespace: 'istio-system',
      values: {},
    },
    {
      ...HELM_CHARTS.istiod,
      name: 'istiod',
      namespace: 'istio-system',
      values: {},
      after: ['istio-base'],
    },
  ],
  'aws-alb-ingress-controller': single(
    HELM_CHARTS.awsLoadBalancerController,
    'kube-system',
    c => ({
      clusterName: c.clusterName,
      region: c.design.region,
      serviceAccount: { name: 'aws-load-balancer-controller' },
    }),
  ),
  'nginx-ingress-controller': single(HELM_CHARTS.ingressNginx, 'ingress-nginx'),
  metallb: single(HELM_CHARTS.metallb, 'metallb-system'),
  calico: single(
    HELM_CHARTS.tigeraOperator,
    'tigera-operator',
    (c): Values =>
      c.design.platform === 'eks'
        ? // policy only: the VPC CNI keeps networking pods
          { installation: { kubernetesProvider: 'EKS' } }
        : {
            installation: {
              calicoNetwork: {
                ipPools: [{ cidr: BARE_METAL_NETWORK.podCidr }],
              },
            },
          },
  ),
  velero: single(HELM_CHARTS.velero, 'velero'),
  harbor: single(HELM_CHARTS.harbor, 'harbor'),
  'kubernetes-dashboard': single(
    HELM_CHARTS.kubernetesDashboard,
    'kubernetes-dashboard',
  ),
  'netapp-csi-driver': single(HELM_CHARTS.trident, 'trident'),
};

/**
 * The cluster autoscaler is in the scope of every build, so it is not a design choice. On EKS it
 * discovers the node groups by their Auto Scaling group tags; on RPC-K by the Cluster API
 * MachineDeployments of the cluster, which it finds in the cluster itself since Metal3 clusters
 * are pivoted to manage themselves.
 */
function clusterAutoscaler(context: PlanContext): HelmReleasePlan {
  const { design, clusterName } = context;
  const values: Values =
    design.platform === 'eks'
      ? {
          cloudProvider: 'aws',
          awsRegion: design.region,
          autoDiscovery: { clusterName },
          rbac: { serviceAccount: { name: 'cluster-autoscaler' } },
        }
      : {
          cloudProvider: 'clusterapi',
          clusterAPIMode: 'incluster-incluster',
          autoDiscovery: { clusterName },
        };
  return {
    ...HELM_CHARTS.clusterAutoscaler,
    name: 'cluster-autoscaler',
    namespace: 'kube-system',
    title: 'Kubernetes Cluster Autoscaler',
    // Its releases follow Kubernetes: the minor version must match the cluster's.
    appVersion: `${releaseLineOf(design)}.x`,
    values,
  };
}

function reasonOutsideHelm(
  tech: StackTechnology,
  context: PlanContext,
): string | undefined {
  const { platform } = context.design;
  if (!tech.platforms.includes(platform)) {
    return `does not run on ${CLUSTER_PLATFORM_NAMES[platform].title}`;
  }
  const notHelm = NOT_HELM[tech.id];
  if (notHelm) return notHelm(platform);
  if (currentTier(tech) === 'catalog') {
    const deployment = SUPPORT_TIER_DEFINITIONS.catalog.deployment;
    return `Catalog tier: ${deployment.toLowerCase().replace(/\.$/, '')}`;
  }
  if (
    (tech.id === 'alertmanager' || tech.id === 'grafana') &&
    context.chosen.has('prometheus')
  ) {
    return 'installed by the kube-prometheus-stack release of Prometheus';
  }
  if (!HELM_RECIPES[tech.id]) {
    return 'no deployment recipe is known for it; it is installed by hand';
  }
  return undefined;
}

/**
 * What to install into an environment's cluster: the cluster autoscaler, then one or more Helm
 * releases per chosen technology that is deployed with Helm; every other chosen technology with
 * the reason it is not (part of the platform, a managed add-on, a tool, Catalog tier…).
 */
export function planComponents(
  design: DetailedDesign,
  environment: DesignEnvironment,
  stack: StackDefinition,
): ComponentPlan {
  const context: PlanContext = {
    design,
    clusterName: clusterNameOf(design, environment),
    chosen: new Set(design.components),
  };
  const releases = [clusterAutoscaler(context)];
  const outsideHelm: TechnologyOutsideHelm[] = [];
  for (const tech of chosenTechnologies(design, stack)) {
    const reason = reasonOutsideHelm(tech, context);
    if (reason) {
      outsideHelm.push({ technologyId: tech.id, title: tech.title, reason });
      continue;
    }
    for (const release of HELM_RECIPES[tech.id](tech, context)) {
      releases.push({
        ...release,
        title: tech.title,
        technologyId: tech.id,
        appVersion: versionToDeploy(tech, design),
      });
    }
  }
  return { releases, outsideHelm };
}
