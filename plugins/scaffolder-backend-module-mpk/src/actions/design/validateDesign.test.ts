import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import yaml from 'yaml';
import { createValidateDesignAction } from './validateDesign';
import { examples } from './validateDesign.examples';

const action = createValidateDesignAction();
type DesignInput = Parameters<typeof action.handler>[0]['input'];

function contextFor(input: DesignInput) {
  return createMockActionContext({ input });
}

describe('mpk:design:validate', () => {
  it('outputs the cluster names of a valid design', async () => {
    const ctx = contextFor({
      customer: 'acme',
      platform: 'eks',
      environments: [
        { name: 'prod', class: 'production' },
        { name: 'staging', class: 'non-production' },
      ],
    });
    await action.handler(ctx);
    expect(ctx.output).toHaveBeenCalledWith('clusterNames', [
      'acme-prod',
      'acme-staging',
    ]);
  });

  it('lists every broken rule at once', async () => {
    const ctx = contextFor({
      customer: 'acme',
      platform: 'rpc-k',
      environments: [
        { name: 'Prod', class: 'production' },
        { name: 'staging', class: 'non-production' },
        { name: 'staging', class: 'non-production' },
        { name: 'x'.repeat(60), class: 'non-production' },
      ],
    });
    await expect(action.handler(ctx)).rejects.toThrow(
      [
        'The design breaks 3 rule(s):',
        `- environments[0] "Prod": may contain only lowercase letters, digits and '-' (found 'P')`,
        '- environments[2] "staging": the name is used by an earlier environment',
        `- environments[3] "${'x'.repeat(60)}": cluster name "acme-${'x'.repeat(
          60,
        )}" must be at most 63 characters (it has 65)`,
      ].join('\n'),
    );
    expect(ctx.output).not.toHaveBeenCalled();
  });

  it('refuses a design without environments or with a bad customer name', async () => {
    const ctx = contextFor({
      customer: '-acme',
      platform: 'eks',
      environments: [],
    });
    await expect(action.handler(ctx)).rejects.toThrow(
      [
        'The design breaks 2 rule(s):',
        `- customer "-acme": must start and end with a letter or digit, not '-'`,
        '- environments: at least one environment is required',
      ].join('\n'),
    );
  });

  it('accepts the input of its documented example', async () => {
    const step = yaml.parse(examples[0].example).steps[0];
    expect(step.action).toBe(action.id);
    const ctx = contextFor(step.input);
    await action.handler(ctx);
    expect(ctx.output).toHaveBeenCalledWith('clusterNames', [
      'acme-prod',
      'acme-staging',
    ]);
  });
});
