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
            customer: 'acme',
            platform: 'eks',
            environments: [
              { name: 'prod', class: 'production' },
              { name: 'staging', class: 'non-production' },
            ],
          },
        },
      ],
    }),
  },
];
