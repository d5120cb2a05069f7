import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

export const examples: TemplateExample[] = [
  {
    description:
      'Validate a design with a production and a staging cluster on EKS',
    example: yaml.stringify({
      steps: [
        {
          id: 'validate',
          action: 'mpk:design:validate',
          name: 'Validate the design',
          input: {
            name: 'hooli-platform',
            customer: 'hooli',
            owner: 'group:default/pod-green',
            platform: 'eks',
            region: 'eu-west-1',
            kubernetesVersion: '1.36',
            environments: [
              {
                name: 'prod',
                class: 'production',
                nodeGroups: [
                  {
                    name: 'general',
                    instanceType: 'm6i.2xlarge',
                    minSize: 3,
                    desiredSize: 4,
                    maxSize: 12,
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
            components: [
              'terraform',
              'aws-eks',
              'aws-ami',
              'prometheus',
              'alertmanager',
              'grafana',
              'metrics-server',
              'fluentd',
              'coredns',
              'helm',
              'oidc',
              'calico',
              'sonobuoy',
              'velero',
            ],
            ingress: 'aws-alb-ingress-controller',
            registry: 'aws-ecr',
            storage: 'aws-ebs-csi-driver',
          },
        },
      ],
    }),
  },
];
