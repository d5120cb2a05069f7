import { mockCredentials } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  actionExecutePermission,
  taskCreatePermission,
  taskReadPermission,
  templateParameterReadPermission,
} from '@backstage/plugin-scaffolder-common/alpha';
import { MpkPersona } from '@mpk-portal/plugin-mpk-common';
import {
  MpkPermissionPolicy,
  PROVISIONING_ACTIONS,
} from './MpkPermissionPolicy';

const personas: Record<string, MpkPersona> = {
  la: {
    kind: 'provider',
    userEntityRef: 'user:default/la',
    role: 'lead-architect',
    pods: [],
  },
  scka: {
    kind: 'provider',
    userEntityRef: 'user:default/scka',
    role: 'senior-cka-engineer',
    pods: [],
  },
  em: {
    kind: 'provider',
    userEntityRef: 'user:default/em',
    role: 'engagement-manager',
    pods: [],
  },
  admin: {
    kind: 'customer',
    userEntityRef: 'user:default/admin',
    role: 'customer-admin',
    customers: ['acme'],
  },
};
const policy = new MpkPermissionPolicy({
  load: async ref => personas[ref.replace('user:default/', '')],
});
const decide = (permission: any, who: string) =>
  policy.handle(
    { permission },
    {
      credentials: mockCredentials.user(`user:default/${who}`),
      info: { userEntityRef: `user:default/${who}`, ownershipEntityRefs: [] },
    },
  );

describe('MpkPermissionPolicy on the scaffolder', () => {
  it('lets only the Lead Architect and the Senior CKA engineer run templates', async () => {
    for (const who of ['la', 'scka']) {
      expect(await decide(taskCreatePermission, who)).toEqual({
        result: AuthorizeResult.ALLOW,
      });
      expect(await decide(templateParameterReadPermission, who)).toEqual({
        result: AuthorizeResult.ALLOW,
      });
    }
    for (const who of ['em', 'admin']) {
      expect(await decide(taskCreatePermission, who)).toEqual({
        result: AuthorizeResult.DENY,
      });
      expect(await decide(actionExecutePermission, who)).toEqual({
        result: AuthorizeResult.DENY,
      });
    }
  });

  it('lets the Senior CKA engineer run only the provisioning actions, the Lead Architect all', async () => {
    expect(await decide(actionExecutePermission, 'la')).toEqual({
      result: AuthorizeResult.ALLOW,
    });
    const scka = await decide(actionExecutePermission, 'scka');
    expect(scka).toMatchObject({
      result: AuthorizeResult.CONDITIONAL,
      pluginId: 'scaffolder',
      resourceType: 'scaffolder-action',
    });
    expect(
      (scka as any).conditions.anyOf.map((c: any) => c.params.actionId),
    ).toEqual(PROVISIONING_ACTIONS);
    expect(PROVISIONING_ACTIONS).not.toContain('mpk:design:render');
  });

  it('lets each follow their own tasks', async () => {
    expect(await decide(taskReadPermission, 'scka')).toMatchObject({
      result: AuthorizeResult.CONDITIONAL,
      conditions: {
        rule: 'IS_TASK_OWNER',
        params: { createdBy: ['user:default/scka'] },
      },
    });
  });

  it('refuses a request without a user', async () => {
    expect(await policy.handle({ permission: taskCreatePermission })).toEqual({
      result: AuthorizeResult.DENY,
    });
  });
});
