import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { mockCredentials } from '@backstage/backend-test-utils';
import { notificationService } from '@backstage/plugin-notifications-node';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  Design,
  DetailedDesign,
  MPK_CUSTOMER_RESOURCE_TYPE,
} from '@mpk-portal/plugin-mpk-common';
import { designContentHash } from '@mpk-portal/plugin-mpk-node';
import request from '../__testUtils__/contractRequest';
import { acmeDesign, acmeTeam } from '../__testUtils__/designFixtures';
import { exampleCatalog } from '../__testUtils__/exampleCatalog';
import { fakeMessaging } from '../__testUtils__/fakeMessaging';
import { startMpkBackend } from '../__testUtils__/mpkTestBackend';
import { gunzippedFixture } from '../conformance/parsing/__testUtils__/fixtures';

jest.setTimeout(60_000);

const leo = mockCredentials.user.header('user:default/leo-la');
const avery = mockCredentials.user.header('user:default/avery-acme');
const sam = mockCredentials.user.header('user:default/sam-scka');
const lena = mockCredentials.user.header('user:default/lena-la');

/** A second Lead Architect, of pod Blue, for a design to be handed over to. */
const withSecondLeadArchitect = [
  ...exampleCatalog(),
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: {
      name: 'lena-la',
      annotations: { 'mpk.io/role': 'lead-architect' },
    },
    spec: { memberOf: ['pod-blue'] },
  },
];

const team = acmeTeam;

/** The design with a change, e.g. a second version. */
const changed = (change: (d: DetailedDesign) => void): DetailedDesign => {
  const next = structuredClone(acmeDesign);
  change(next);
  return next;
};

const publishBody = (design: DetailedDesign = acmeDesign) => ({
  customer: design.customer,
  owner: design.owner,
  team,
  contentHash: designContentHash(design),
  design,
});

async function startBackend(
  extraFeatures: Parameters<typeof startMpkBackend>[0] = [],
  messaging = fakeMessaging(),
  catalogEntities?: Parameters<typeof startMpkBackend>[2],
) {
  const server = await startMpkBackend(
    extraFeatures,
    messaging,
    catalogEntities,
  );
  // The design notifications only: the backend also reminds of upgrade deadlines.
  const notifications = () =>
    messaging.notifications.filter(n => n.payload.topic === 'mpk-design');
  const publish = (
    body: object = publishBody(),
    name = 'acme-platform',
    caller = leo,
  ) =>
    request(server)
      .post(`/api/mpk/designs/${name}/versions`)
      .set('Authorization', caller)
      .send(body);
  const decide = (version: number, body: object, caller = avery) =>
    request(server)
      .post(`/api/mpk/designs/acme-platform/versions/${version}/decision`)
      .set('Authorization', caller)
      .send(body);
  const provision = (version: number, contentHash: string, caller = sam) =>
    request(server)
      .post(`/api/mpk/designs/acme-platform/versions/${version}/provisioning`)
      .set('Authorization', caller)
      .send({ contentHash });
  const get = async (name = 'acme-platform', caller = avery) =>
    request(server)
      .get(`/api/mpk/designs/${name}`)
      .set('Authorization', caller);
  return { server, notifications, publish, decide, provision, get };
}

const hoursAgo = (hours: number) =>
  new Date(Date.now() - hours * 3600_000).toISOString();

describe('design endpoints', () => {
  it('publishes a first version, shared with the customer, once', async () => {
    const { server, notifications, publish, get } = await startBackend();
    const first = await publish();
    expect(first.status).toBe(201);
    const design = first.body as Design;
    expect(design).toMatchObject({
      name: 'acme-platform',
      customer: 'acme',
      owner: 'group:default/pod-blue',
      team,
      state: 'shared',
      clusters: ['resource:default/acme-prod'],
      versions: [
        {
          version: 1,
          contentHash: designContentHash(acmeDesign),
          state: 'shared',
          publishedBy: 'user:default/leo-la',
          changes: [],
          decidedBy: null,
          decidedAt: null,
          comment: null,
          provisionedAt: null,
          provisionedBy: null,
        },
      ],
    });
    expect(design.steps.map(s => [s.step, s.at])).toEqual([
      ['pod-assigned', design.startedAt],
      ['design-shared', design.versions[0].publishedAt],
      ['design-accepted', null],
      ['provisioned', null],
      ['conformance-passed', null],
    ]);
    expect(notifications()).toEqual([
      {
        recipients: { type: 'entity', entityRef: 'group:default/acme' },
        payload: {
          title: 'Detailed design acme-platform is ready for your acceptance',
          description:
            'Support pod Blue shares the design of your clusters (prod): read it, then accept it or request changes.',
          severity: 'normal',
          link: '/catalog/default/resource/acme-platform',
          topic: 'mpk-design',
          scope: 'mpk-design:acme-platform:shared',
        },
      },
    ]);

    // A retry, whatever the key order of its design: nothing written, nobody told again.
    const reordered = Object.fromEntries(
      Object.entries(acmeDesign).reverse(),
    ) as DetailedDesign;
    const again = await publish({ ...publishBody(), design: reordered });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(design);
    expect(notifications()).toHaveLength(1);

    expect((await get()).body).toEqual(design);
    const list = await request(server)
      .get('/api/mpk/designs')
      .set('Authorization', avery);
    expect(list.status).toBe(200);
    expect(list.body).toEqual({ items: [design] });
  });

  it('refuses a publish that is not a design of the request, naming each field', async () => {
    const { publish, get } = await startBackend();
    const problem = async (body: object, name?: string) => {
      const response = await publish(body, name);
      expect(response.status).toBe(400);
      return response.body.error.message as string;
    };
    expect(
      await problem({
        ...publishBody(),
        design: { ...acmeDesign, platform: 'gke' },
      }),
    ).toMatch(/^Invalid design version: design\.platform: /);
    expect(
      await problem({ ...publishBody(), contentHash: 'a'.repeat(64) }),
    ).toBe(
      `Invalid design version: contentHash: is ${'a'.repeat(
        64,
      )}, but the design's is ${designContentHash(
        acmeDesign,
      )} (SHA-256 of its canonical form, designContentHash of @mpk-portal/plugin-mpk-node)`,
    );
    expect(await problem({ ...publishBody(), contentHash: 'ABC' })).toBe(
      'Invalid design version: contentHash: expected a SHA-256 in hex: 64 of 0-9 and a-f',
    );
    expect(await problem(publishBody(), 'other-platform')).toBe(
      'Invalid design version: design.name: is "acme-platform", but the path names design other-platform',
    );
    expect(await problem(publishBody(), 'Not_A_Label')).toMatch(
      /^Invalid path: name: /,
    );
    expect(
      await problem({
        ...publishBody(),
        team: { ...team, leadArchitect: 'group:default/pod-blue' },
      }),
    ).toBe(
      'Invalid design version: team.leadArchitect: expected a User entity ref, e.g. user:default/leo-la',
    );
    expect(
      await problem({
        ...publishBody(),
        team: { ...team, seniorCkaEngineer: 'user:default/nobody' },
      }),
    ).toBe(
      'Invalid design version: team.seniorCkaEngineer: no user user:default/nobody in the catalog (the Senior CKA engineer)',
    );
    // A customer's developer is no Engagement Manager: notifications would go to the wrong side.
    expect(
      await problem({
        ...publishBody(),
        team: { ...team, engagementManager: 'user:default/dana-acme' },
      }),
    ).toBe(
      'Invalid design version: team.engagementManager: user:default/dana-acme does not have the role Engagement Manager (mpk.io/role: customer-developer)',
    );
    const initech = changed(d => {
      d.customer = 'initech';
    });
    expect(await problem(publishBody(initech))).toBe(
      'Invalid design version: customer: no customer group:default/initech in the catalog',
    );
    expect(await problem({ ...publishBody(), customer: 'globex' })).toBe(
      'Invalid design version: design.customer: is "acme", but the request\'s customer is globex',
    );
    expect((await get()).status).toBe(404);
  });

  it('publishes and decides when the notifications backend fails', async () => {
    const messaging = fakeMessaging();
    messaging.features[0] = createServiceFactory({
      service: notificationService,
      deps: {},
      factory: () => ({
        send: async () => {
          throw new Error('notifications backend down');
        },
      }),
    });
    const { publish, decide } = await startBackend([], messaging);
    expect((await publish()).status).toBe(201);
    expect((await decide(1, { decision: 'accept' })).body.state).toBe(
      'accepted',
    );
  });

  it("refuses a design name that is another customer's", async () => {
    const { publish } = await startBackend();
    await publish().expect(201);
    const globex = changed(d => {
      d.customer = 'globex';
      d.owner = 'group:default/pod-green';
    });
    const response = await publish({
      ...publishBody(globex),
      team: { ...team, engagementManager: 'user:default/maya-em' },
    });
    expect(response.status).toBe(409);
    expect(response.body.error.message).toBe(
      "Design acme-platform is customer acme's: give customer globex's design another name",
    );
  });

  it('takes the customer decision on each version, and provisions only the accepted content', async () => {
    const { notifications, publish, decide, provision, get } =
      await startBackend();
    await publish().expect(201);

    const noComment = await decide(1, { decision: 'request-changes' });
    expect(noComment.status).toBe(400);
    expect(noComment.body.error.message).toBe(
      'Invalid decision: comment: is required to request changes: say what to change',
    );
    const tooLong = await decide(1, {
      decision: 'request-changes',
      comment: 'x'.repeat(5001),
    });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error.message).toMatch(/^Invalid decision: comment: /);

    const requested = await decide(1, {
      decision: 'request-changes',
      comment: '  We need a staging environment.  ',
    });
    expect(requested.status).toBe(201);
    expect(requested.body.state).toBe('changes-requested');
    expect(requested.body.versions[0]).toMatchObject({
      state: 'changes-requested',
      decidedBy: 'user:default/avery-acme',
      comment: 'We need a staging environment.',
    });
    expect(notifications()[1]).toEqual({
      recipients: {
        type: 'entity',
        entityRef: ['user:default/leo-la', 'user:default/erin-em'],
      },
      payload: {
        title:
          'Acme Corporation requested changes to design acme-platform version 1',
        description: 'Avery Brooks: We need a staging environment.',
        severity: 'high',
        link: '/catalog/default/resource/acme-platform',
        topic: 'mpk-design',
        scope: 'mpk-design:acme-platform:decision',
      },
    });
    const repeated = await decide(1, {
      decision: 'request-changes',
      comment: 'We need a staging environment.',
    });
    expect(repeated.status).toBe(200);
    expect(repeated.body).toEqual(requested.body);
    const otherComment = await decide(1, {
      decision: 'request-changes',
      comment: 'Again',
    });
    expect(otherComment.status).toBe(409);
    expect(otherComment.body.error.message).toMatch(
      /^Design acme-platform version 1: changes were already requested with another comment by user:default\/avery-acme on /,
    );
    expect(notifications()).toHaveLength(2);
    const otherDecision = await decide(1, { decision: 'accept' });
    expect(otherDecision.status).toBe(409);
    expect(otherDecision.body.error.message).toMatch(
      /^Design acme-platform version 1 already has changes requested by user:default\/avery-acme on /,
    );
    const refused = await provision(1, designContentHash(acmeDesign));
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(
      /^Design acme-platform version 1 is not accepted by the customer \(changes requested by user:default\/avery-acme on .*\); no version has been accepted$/,
    );

    const second = changed(d => {
      d.kubernetesVersion = '1.33';
      d.environments.push({
        name: 'staging',
        class: 'non-production',
        nodeGroups: [{ ...d.environments[0].nodeGroups[0] }],
      });
    });
    const published = await publish(publishBody(second));
    expect(published.status).toBe(201);
    expect(published.body.clusters).toEqual([
      'resource:default/acme-prod',
      'resource:default/acme-staging',
    ]);
    // A superseded version keeps the customer's decision on it.
    expect(published.body.versions[0].decision).toBe('request-changes');
    expect(published.body.versions[1].decision).toBeNull();
    expect(
      published.body.versions.map((v: any) => [v.state, v.changes]),
    ).toEqual([
      ['superseded', []],
      [
        'shared',
        ['Kubernetes version 1.32 → 1.33', 'environment staging added'],
      ],
    ]);
    expect(notifications()[2].payload).toMatchObject({
      title:
        'Version 2 of detailed design acme-platform is ready for your acceptance',
      description:
        'What changed: Kubernetes version 1.32 → 1.33; environment staging added. Read it, then accept it or request changes.',
    });
    expect((await decide(1, { decision: 'accept' })).status).toBe(409);

    const accepted = await decide(2, { decision: 'accept' });
    expect(accepted.status).toBe(201);
    expect(accepted.body.state).toBe('accepted');
    expect(notifications()[3].payload).toMatchObject({
      title: 'Acme Corporation accepted design acme-platform version 2',
      description: 'Accepted by Avery Brooks: it can be provisioned.',
      severity: 'normal',
    });
    expect((await decide(2, { decision: 'accept' })).status).toBe(200);
    expect((await decide(9, { decision: 'accept' })).status).toBe(404);

    const wrongContent = await provision(2, designContentHash(acmeDesign));
    expect(wrongContent.status).toBe(409);
    expect(wrongContent.body.error.message).toBe(
      `Design acme-platform version 2: contentHash ${designContentHash(
        acmeDesign,
      )} is not the content the customer accepted (${designContentHash(
        second,
      )}); deploy the design of version 2 as it was published`,
    );
    const oldVersion = await provision(1, designContentHash(acmeDesign));
    expect(oldVersion.body.error.message).toMatch(
      /^Design acme-platform version 1 is not accepted by the customer \(superseded by version 2\); version 2 was accepted by user:default\/avery-acme on /,
    );
    const provisioned = await provision(2, designContentHash(second));
    expect(provisioned.status).toBe(201);
    expect(provisioned.body.state).toBe('provisioned');
    expect(provisioned.body.versions[1]).toMatchObject({
      state: 'provisioned',
      provisionedBy: 'user:default/sam-scka',
    });
    const again = await provision(2, designContentHash(second));
    expect(again.status).toBe(200);
    expect(again.body).toEqual(provisioned.body);
    expect(notifications()).toHaveLength(4);

    // A publish after acceptance needs acceptance again; the provisioned version stays.
    const third = changed(d => {
      d.kubernetesVersion = '1.33';
    });
    const after = await publish(publishBody(third));
    expect(after.body.state).toBe('shared');
    expect(after.body.versions.map((v: any) => v.state)).toEqual([
      'superseded',
      'provisioned',
      'shared',
    ]);
    expect(after.body.versions.map((v: any) => v.decision)).toEqual([
      'request-changes',
      'accept',
      null,
    ]);
    expect(
      (await provision(3, designContentHash(third))).body.error.message,
    ).toMatch(
      /^Design acme-platform version 3 is not accepted by the customer \(shared, waiting for the customer's decision\); version 2 was accepted by user:default\/avery-acme on .* and provisioned on /,
    );
    const steps = (await get()).body.steps;
    expect(steps.map((s: any) => s.at !== null)).toEqual([
      true,
      true,
      true,
      true,
      false,
    ]);
    expect(steps[3].at).toBe(provisioned.body.versions[1].provisionedAt);

    // Once version 3 is accepted, version 2 is no longer the one to provision.
    await decide(3, { decision: 'accept' }).expect(201);
    const stale = await provision(2, designContentHash(second));
    expect(stale.status).toBe(409);
    expect(stale.body.error.message).toMatch(
      /^Design acme-platform version 2 was provisioned on .*, but version 3 is the current one: version 3 was accepted by user:default\/avery-acme on .*; provision version 3$/,
    );
  });

  it('takes a decision from a user only, not from a service', async () => {
    const { publish, decide } = await startBackend();
    await publish().expect(201);
    const service = mockCredentials.service.header({
      onBehalfOf: mockCredentials.service('plugin:scaffolder'),
      targetPluginId: 'mpk',
    });
    const byService = await decide(1, { decision: 'accept' }, service);
    expect(byService.status).toBe(403);
    expect(byService.body.error.message).toBe(
      "Only a signed-in user, the customer's admin, may decide on a design version: plugin:scaffolder is a service",
    );
    expect((await decide(1, { decision: 'accept' })).status).toBe(201);
  });

  it("lets only the design's Lead Architect publish a new version", async () => {
    const { publish } = await startBackend(
      [],
      fakeMessaging(),
      withSecondLeadArchitect,
    );
    // A first publish is anyone's who may publish; leo is the team's Lead Architect.
    await publish(publishBody(), 'acme-platform', sam).expect(201);
    const second = changed(d => {
      d.kubernetesVersion = '1.33';
    });
    const bySam = await publish(publishBody(second), 'acme-platform', sam);
    expect(bySam.status).toBe(403);
    expect(bySam.body.error.message).toBe(
      "Only design acme-platform's Lead Architect, user:default/leo-la, may publish a new version of it",
    );
    // leo hands the design over to lena with the next version.
    const handedOver = {
      ...publishBody(second),
      team: { ...team, leadArchitect: 'user:default/lena-la' },
    };
    await publish(handedOver, 'acme-platform', leo).expect(201);
    const third = changed(d => {
      d.kubernetesVersion = '1.34';
    });
    const byLeo = await publish(
      { ...handedOver, ...publishBody(third), team: handedOver.team },
      'acme-platform',
      leo,
    );
    expect(byLeo.status).toBe(403);
    expect(byLeo.body.error.message).toMatch(
      /Lead Architect, user:default\/lena-la,/,
    );
    await publish(
      { ...publishBody(third), team: handedOver.team },
      'acme-platform',
      lena,
    ).expect(201);
  });

  it('refuses a path parameter or customer that is malformed, naming it', async () => {
    const { publish, decide, provision, get } = await startBackend();
    await publish().expect(201);
    const name = await get('Not_A_Label');
    expect(name.status).toBe(400);
    expect(name.body.error.message).toMatch(/^Invalid path: name: /);
    for (const version of ['0', '01', '-1', '1.5', 'abc', '1234567']) {
      const response = await decide(version as any, { decision: 'accept' });
      expect(response.status).toBe(400);
      expect(response.body.error.message).toBe(
        'Invalid path: version: expected a version number: 1 to 999999',
      );
      expect(
        (await provision(version as any, designContentHash(acmeDesign))).status,
      ).toBe(400);
    }
    const customer = await publish({ ...publishBody(), customer: 'Acme Corp' });
    expect(customer.status).toBe(400);
    expect(customer.body.error.message).toMatch(
      /^Invalid design version: customer: /,
    );
  });

  it('dates the conformance step by the first passing run of a design cluster after provisioning', async () => {
    const { server, publish, decide, provision, get } = await startBackend();
    const upload = (finishedAt: string) =>
      request(server)
        .post('/api/mpk/clusters/default/acme-prod/conformance')
        .set('Authorization', sam)
        .field('kubernetesVersion', 'v1.32.0')
        .field('finishedAt', finishedAt)
        .attach(
          'results',
          // Another file each time: the same file again is the same run.
          Buffer.concat([
            gunzippedFixture('v1.33-eks.junit_01.xml.gz'),
            Buffer.from(`<!-- ${finishedAt} -->\n`),
          ]),
          'junit_01.xml',
        );
    await upload(hoursAgo(48)).expect(201);
    await publish().expect(201);
    await decide(1, { decision: 'accept' }).expect(201);
    await provision(1, designContentHash(acmeDesign)).expect(201);
    expect((await get()).body.steps[4].at).toBeNull();

    const finishedAt = new Date().toISOString();
    const run = await upload(finishedAt);
    expect(run.status).toBe(201);
    expect((await get()).body.steps[4]).toEqual({
      step: 'conformance-passed',
      title: 'Conformance tests passed',
      at: finishedAt,
    });
  });

  it("shows a customer's people their customer's designs only, and lets only the admin decide", async () => {
    const acmeOnly = {
      result: AuthorizeResult.CONDITIONAL,
      pluginId: 'mpk',
      resourceType: MPK_CUSTOMER_RESOURCE_TYPE,
      conditions: {
        rule: 'IS_CUSTOMER',
        resourceType: MPK_CUSTOMER_RESOURCE_TYPE,
        params: { customers: ['acme'] },
      },
    };
    const decisions: Record<string, unknown> = {
      'mpk.design.read': acmeOnly,
      'mpk.design.decide': { result: AuthorizeResult.DENY },
    };
    const decide = (requests: Array<{ permission: { name: string } }>) =>
      requests.map(
        ({ permission }) =>
          decisions[permission.name] ?? { result: AuthorizeResult.ALLOW },
      );
    const permissions = createServiceFactory({
      service: coreServices.permissions,
      deps: {},
      factory: () => ({
        authorize: async (requests: any) => decide(requests) as any,
        authorizeConditional: async (requests: any) => decide(requests) as any,
      }),
    });
    const { server, publish, get, ...backend } = await startBackend([
      permissions,
    ]);
    await publish().expect(201);
    const globex = changed(d => {
      d.name = 'globex-platform';
      d.customer = 'globex';
      d.owner = 'group:default/pod-green';
    });
    await publish(publishBody(globex), 'globex-platform').expect(201);

    const list = await request(server)
      .get('/api/mpk/designs')
      .set('Authorization', avery);
    expect(list.body.items.map((d: Design) => d.name)).toEqual([
      'acme-platform',
    ]);
    expect((await get('globex-platform')).status).toBe(404);
    expect((await get('globex-platform')).body.error.message).toBe(
      'No design globex-platform',
    );
    // A service is told what it lacks.
    const service = mockCredentials.service.header({
      onBehalfOf: mockCredentials.service('ticketing-system'),
      targetPluginId: 'mpk',
    });
    const byService = await get('globex-platform', service);
    expect(byService.status).toBe(403);

    const refused = await backend.decide(1, { decision: 'accept' });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toBe(
      'user:default/avery-acme lacks the permission mpk.design.decide',
    );
  });
});
