import {
  DesignTeam,
  DetailedDesign,
  detailedDesignSchema,
} from '@mpk-portal/plugin-mpk-common';

/** Pod Blue's team for Acme's engagement, as the example catalog has it. */
export const acmeTeam: DesignTeam = {
  engagementManager: 'user:default/erin-em',
  leadArchitect: 'user:default/leo-la',
  seniorCkaEngineer: 'user:default/sam-scka',
};

/** Acme's detailed design: one production environment on EKS, Kubernetes 1.32. */
export const acmeDesign: DetailedDesign = detailedDesignSchema.parse({
  name: 'acme-platform',
  customer: 'acme',
  owner: 'group:default/pod-blue',
  platform: 'eks',
  region: 'us-east-1',
  kubernetesVersion: '1.32',
  environments: [
    {
      name: 'prod',
      class: 'production',
      nodeGroups: [
        {
          name: 'workers',
          instanceType: 'm6i.xlarge',
          minSize: 3,
          desiredSize: 3,
          maxSize: 6,
        },
      ],
    },
  ],
  components: ['cert-manager'],
});
