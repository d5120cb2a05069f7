import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import yaml from 'yaml';
import {
  designContextFixture,
  validDesignInput,
} from '../../__testUtils__/designFixtures';
import { createValidateDesignAction } from './validateDesign';
import { examples } from './validateDesign.examples';

const designContext = { load: jest.fn(async () => designContextFixture()) };
const action = createValidateDesignAction({ designContext });
type DesignInput = Parameters<typeof action.handler>[0]['input'];

function contextFor(input: DesignInput) {
  return createMockActionContext({ input });
}

describe('mpk:design:validate', () => {
  it('outputs the cluster names of a valid design, for the platform it names', async () => {
    const ctx = contextFor(validDesignInput());
    await action.handler(ctx);
    expect(ctx.output).toHaveBeenCalledWith('clusterNames', [
      'initech-prod',
      'initech-staging',
    ]);
    expect(ctx.output).toHaveBeenCalledWith('customer', 'initech');
    // The design's own name: its clusters from an earlier version are not a clash.
    expect(designContext.load).toHaveBeenCalledWith('eks', 'initech-platform');
  });

  it('lists every broken rule at once', async () => {
    const design = validDesignInput();
    const ctx = contextFor({
      ...design,
      platform: 'rpc-k',
      kubernetesVersion: '1.33',
      environments: [design.environments[0]],
      components: design.components.filter(id => id !== 'prometheus'),
      ingress: 'aws-alb-ingress-controller',
    });
    const error = await action.handler(ctx).catch(e => e);
    expect(error.name).toBe('InputError');
    expect(error.message.split('\n')).toEqual([
      expect.stringMatching(/^The design breaks \d+ rule\(s\):$/),
      '- environments: no non-production environment; without one the customer is not qualified and the upgrade deadlines are not guaranteed (acknowledge "not qualified" to go ahead)',
      '- kubernetesVersion 1.33: not one of the two most recent Amazon EKS releases still supported (1.36 and 1.35)',
      ...error.message
        .split('\n')
        .filter((line: string) => line.startsWith('- components:')),
    ]);
    expect(error.message).toContain(
      '- components: AWS ALB Ingress Controller for EKS (aws-alb-ingress-controller) does not run on RPC-K; it runs on EKS',
    );
    expect(error.message).toContain(
      '- components: Infrastructure-tier Prometheus (prometheus) is missing: it is part of every cluster build on RPC-K',
    );
    expect(error.message).toContain(
      '- components: Infrastructure-tier MetalLB (metallb) is missing',
    );
    expect(ctx.output).not.toHaveBeenCalled();
  });

  it('refuses a malformed design with the field named', async () => {
    const ctx = contextFor({
      ...validDesignInput(),
      environments: [{ name: 'prod', class: 'production', nodeGroups: [] }],
    });
    await expect(action.handler(ctx)).rejects.toThrow(
      'The design is malformed: environments.0.nodeGroups: needs at least one node group',
    );
  });

  it('accepts the input of its documented example', async () => {
    const step = yaml.parse(examples[0].example).steps[0];
    expect(step.action).toBe(action.id);
    const ctx = contextFor(step.input);
    await action.handler(ctx);
    expect(ctx.output).toHaveBeenCalledWith('clusterNames', [
      'hooli-prod',
      'hooli-staging',
    ]);
  });
});
