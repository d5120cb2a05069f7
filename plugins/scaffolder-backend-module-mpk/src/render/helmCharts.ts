/** Where a Helm chart is published. */
export interface HelmChartSource {
  /** the chart repository URL, as `helm repo add` takes it */
  repository: string;
  chart: string;
}

/**
 * The public Helm charts the provider installs, each from its project's own repository. Chart
 * versions are not pinned here: the stack defines application versions, and the chart that ships
 * one is chosen when the cluster is built.
 */
export const HELM_CHARTS = {
  clusterAutoscaler: {
    repository: 'https://kubernetes.github.io/autoscaler',
    chart: 'cluster-autoscaler',
  },
  kubePrometheusStack: {
    repository: 'https://prometheus-community.github.io/helm-charts',
    chart: 'kube-prometheus-stack',
  },
  alertmanager: {
    repository: 'https://prometheus-community.github.io/helm-charts',
    chart: 'alertmanager',
  },
  grafana: {
    repository: 'https://grafana.github.io/helm-charts',
    chart: 'grafana',
  },
  metricsServer: {
    repository: 'https://kubernetes-sigs.github.io/metrics-server',
    chart: 'metrics-server',
  },
  fluentd: {
    repository: 'https://fluent.github.io/helm-charts',
    chart: 'fluentd',
  },
  istioBase: {
    repository: 'https://istio-release.storage.googleapis.com/charts',
    chart: 'base',
  },
  istiod: {
    repository: 'https://istio-release.storage.googleapis.com/charts',
    chart: 'istiod',
  },
  awsLoadBalancerController: {
    repository: 'https://aws.github.io/eks-charts',
    chart: 'aws-load-balancer-controller',
  },
  ingressNginx: {
    repository: 'https://kubernetes.github.io/ingress-nginx',
    chart: 'ingress-nginx',
  },
  metallb: {
    repository: 'https://metallb.github.io/metallb',
    chart: 'metallb',
  },
  tigeraOperator: {
    repository: 'https://docs.tigera.io/calico/charts',
    chart: 'tigera-operator',
  },
  velero: {
    repository: 'https://vmware-tanzu.github.io/helm-charts',
    chart: 'velero',
  },
  harbor: {
    repository: 'https://helm.goharbor.io',
    chart: 'harbor',
  },
  kubernetesDashboard: {
    repository: 'https://kubernetes.github.io/dashboard',
    chart: 'kubernetes-dashboard',
  },
  trident: {
    repository: 'https://netapp.github.io/trident-helm-chart',
    chart: 'trident-operator',
  },
} satisfies Record<string, HelmChartSource>;
