import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError, NotAllowedError, NotFoundError } from '@backstage/errors';
import {
  DESIGN_DECISIONS,
  detailedDesignSchema,
  explainDnsLabelProblem,
  mpkDesignDecidePermission,
  mpkDesignProvisionPermission,
  mpkDesignPublishPermission,
  mpkDesignReadPermission,
  plainTextSchema,
} from '@mpk-portal/plugin-mpk-common';
import { z } from 'zod';
import { MpkAccessControl } from '../platform/access/MpkAccessControl';
import { CallerCredentials, principalRef } from '../platform/access/principalRef';
import { MpkRouter } from '../platform/mpkRouter';
import { parseInput } from '../platform/parseInput';
import { DesignService } from './DesignService';

/** A field's message when it is missing; zod's own otherwise. */
const required = {
  error: (issue: { input?: unknown }) =>
    issue.input === undefined ? 'is required' : undefined,
};

/** A DNS label, as a design's name and a customer's are. */
const dnsLabel = (params?: typeof required) =>
  z
    .string(params)
    .max(63)
    .superRefine((name, ctx) => {
      const problem = explainDnsLabelProblem(name);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });

const designName = dnsLabel();

/** A version's number in the path: 1 to 999999, no sign, no leading zero. */
const versionNumber = z
  .string()
  .regex(/^[1-9]\d{0,5}$/, 'expected a version number: 1 to 999999')
  .transform(Number);

/** The path's `:name`, a 400 naming the parameter when it is not a design name. */
const nameParam = (params: { name: string }) =>
  parseInput(z.object({ name: designName }), { name: params.name }, 'path')
    .name;

/** The path's `:version`, a 400 naming the parameter when it is not a version number. */
const versionParam = (params: { version: unknown }) =>
  parseInput(
    z.object({ version: versionNumber }),
    { version: params.version },
    'path',
  ).version;

const contentHash = z
  .string(required)
  .regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 in hex: 64 of 0-9 and a-f');

/** An entity ref of one kind, e.g. `user:default/leo-la`, read in full. */
const entityRef = (kind: 'user' | 'group', example: string) =>
  z
    .string(required)
    .min(1)
    .max(300)
    .transform((ref, ctx) => {
      const expected = `expected a ${
        kind === 'user' ? 'User' : 'Group'
      } entity ref, e.g. ${example}`;
      try {
        const parsed = parseEntityRef(ref, {
          defaultKind: kind,
          defaultNamespace: 'default',
        });
        if (parsed.kind.toLocaleLowerCase('en-US') === kind) {
          return stringifyEntityRef(parsed);
        }
      } catch {
        // told below
      }
      ctx.addIssue({ code: 'custom', message: expected });
      return z.NEVER;
    });

const publishBody = z.strictObject({
  // A DNS label: it is read as the catalog's group:default/<customer>.
  customer: dnsLabel(required),
  owner: entityRef('group', 'group:default/pod-blue'),
  team: z.strictObject(
    {
      engagementManager: entityRef('user', 'user:default/erin-em'),
      leadArchitect: entityRef('user', 'user:default/leo-la'),
      seniorCkaEngineer: entityRef('user', 'user:default/sam-scka'),
    },
    required,
  ),
  contentHash,
  design: detailedDesignSchema,
});

// The length is checked before trimming too, so that no huge padding is processed.
const decisionBody = z
  .strictObject({
    decision: z.enum(DESIGN_DECISIONS),
    comment: plainTextSchema().max(5000).trim().optional(),
  })
  .superRefine((body, ctx) => {
    if (body.decision === 'request-changes' && !body.comment) {
      ctx.addIssue({
        code: 'custom',
        path: ['comment'],
        message: 'is required to request changes: say what to change',
      });
    }
  });

const provisioningBody = z.strictObject({ contentHash });

/**
 * The design endpoints of onboarding: the designs a caller may read, a design's versions
 * published, decided by the customer and provisioned.
 */
export function registerDesignRoutes(
  router: MpkRouter,
  options: { access: MpkAccessControl; designs: DesignService },
): void {
  const { access, designs } = options;

  /**
   * The design, if the caller may read it: else a 404 as for no design (a 403 for a service).
   * With `acting`, a service is not asked to read: its permission to act is all that counts.
   */
  async function readableDesign(
    credentials: CallerCredentials,
    name: string,
    acting = false,
  ) {
    const design = await designs.get(name);
    if (!acting || credentials.principal.type === 'user') {
      await access.requireOnCustomer(
        credentials,
        mpkDesignReadPermission,
        { name: design.customer },
        () => new NotFoundError(`No design ${name}`),
      );
    }
    return design;
  }

  router.get('/designs', async (req, res) => {
    const credentials = await access.caller(req);
    const scope = await access.customerScope(
      credentials,
      mpkDesignReadPermission,
    );
    res.json({ items: await designs.list(scope.criteria) });
  });

  router.get('/designs/:name', async (req, res) => {
    const credentials = await access.caller(req);
    const design = await readableDesign(credentials, nameParam(req.params));
    res.json(await designs.present(design));
  });

  router.post('/designs/:name/versions', async (req, res) => {
    const credentials = await access.caller(req);
    await access.requireAnywhere(credentials, mpkDesignPublishPermission);
    const name = nameParam(req.params);
    const body = parseInput(publishBody, req.body, 'design version');
    // Told as an unknown customer: one customer never learns of another.
    await access.requireOnCustomer(
      credentials,
      mpkDesignPublishPermission,
      { name: body.customer },
      () =>
        new InputError(
          `customer: no customer group:default/${body.customer} in the catalog`,
        ),
    );
    const { design, created } = await designs.publish(
      name,
      body,
      principalRef(credentials),
    );
    res.status(created ? 201 : 200).json(design);
  });

  router.post('/designs/:name/versions/:version/decision', async (req, res) => {
    const credentials = await access.caller(req);
    // The customer's decision is a person's: no service takes it on anyone's behalf.
    if (credentials.principal.type !== 'user') {
      throw new NotAllowedError(
        `Only a signed-in user, the customer's admin, may decide on a design version: ${principalRef(
          credentials,
        )} is a service`,
      );
    }
    await access.requireAnywhere(credentials, mpkDesignDecidePermission);
    const name = nameParam(req.params);
    const version = versionParam(req.params);
    const body = parseInput(decisionBody, req.body, 'decision');
    const design = await readableDesign(credentials, name, true);
    await access.requireOnCustomer(credentials, mpkDesignDecidePermission, {
      name: design.customer,
    });
    const result = await designs.decide(
      design.name,
      version,
      body,
      principalRef(credentials),
    );
    res.status(result.created ? 201 : 200).json(result.design);
  });

  router.post(
    '/designs/:name/versions/:version/provisioning',
    async (req, res) => {
      const credentials = await access.caller(req);
      await access.requireAnywhere(credentials, mpkDesignProvisionPermission);
      const name = nameParam(req.params);
      const version = versionParam(req.params);
      const body = parseInput(provisioningBody, req.body, 'provisioning');
      const design = await readableDesign(credentials, name, true);
      await access.requireOnCustomer(
        credentials,
        mpkDesignProvisionPermission,
        { name: design.customer },
      );
      const result = await designs.provision(
        design.name,
        version,
        body.contentHash,
        principalRef(credentials),
      );
      res.status(result.created ? 201 : 200).json(result.design);
    },
  );
}
