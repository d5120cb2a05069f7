import { z } from 'zod';
import { DESIGN_CHOICES } from './designChoices';
import { CLUSTER_PLATFORMS } from '../cluster/clusterEntity';
import { explainDnsLabelProblem } from '../names/kubernetesNames';
import { calendarDateSchema, isCalendarDate } from '../upgrade/calendarDates';
import { SUPPORT_TIERS } from './supportTiers';

const entityName = z.string().superRefine((name, ctx) => {
  const problem = explainDnsLabelProblem(name);
  if (problem) {
    ctx.addIssue({ code: 'custom', message: `"${name}" ${problem}` });
  }
});

const tierChange = z.strictObject({
  tier: z.enum(SUPPORT_TIERS),
  since: calendarDateSchema,
  reason: z.string().min(1).optional(),
});

const technologySchema = z.strictObject({
  id: entityName,
  title: z.string().min(1),
  description: z.string().min(1),
  category: z.string(),
  platforms: z.array(z.enum(CLUSTER_PLATFORMS)).min(1),
  docs: z.url(),
  supportedVersions: z.array(z.string().min(1)),
  tierHistory: z.array(tierChange).min(1),
  /**
   * Technologies with the same choice are alternatives a design picks from (e.g. the ingress
   * controller): a required tier is then met by any one of them.
   */
  choice: z.enum(DESIGN_CHOICES).optional(),
});

/**
 * The `apiVersion` and `kind` of a stack definition file.
 * @public
 */
export const STACK_DEFINITION_TYPE = {
  apiVersion: 'mpk.io/v1alpha1',
  kind: 'KubernetesStack',
} as const;

const stackSchema = z
  .strictObject({
    apiVersion: z.literal(STACK_DEFINITION_TYPE.apiVersion),
    kind: z.literal(STACK_DEFINITION_TYPE.kind),
    metadata: z.strictObject({
      name: entityName,
      title: z.string().min(1),
      description: z.string().min(1),
    }),
    owner: z.string().min(1),
    categories: z
      .array(z.strictObject({ id: entityName, title: z.string().min(1) }))
      .min(1),
    technologies: z.array(technologySchema).min(1),
  })
  // Zod runs this even when fields above failed, so each check tolerates values that did.
  .superRefine((stack, ctx) => {
    const categoryIds = reportRepeatedIds(
      ctx,
      stack.categories,
      'categories',
      'category',
    );
    reportRepeatedIds(ctx, stack.technologies, 'technologies', 'technology');
    stack.technologies.forEach((tech, index) => {
      if (!categoryIds.has(tech.category)) {
        ctx.addIssue({
          code: 'custom',
          path: ['technologies', index, 'category'],
          message: `"${tech.category}" is not one of the categories (${[
            ...categoryIds,
          ].join(', ')})`,
        });
      }
      tech.tierHistory.forEach((change, step) => {
        const previous = tech.tierHistory[step - 1];
        if (!previous) return;
        const comparable = [change.since, previous.since].every(d =>
          isCalendarDate(d),
        );
        if (comparable && change.since <= previous.since) {
          ctx.addIssue({
            code: 'custom',
            path: ['technologies', index, 'tierHistory', step, 'since'],
            message: `${change.since} must come after the previous change (${previous.since})`,
          });
        }
        if (change.tier === previous.tier) {
          ctx.addIssue({
            code: 'custom',
            path: ['technologies', index, 'tierHistory', step, 'tier'],
            message: `repeats the previous tier (${previous.tier})`,
          });
        }
      });
    });
  });

/** Reports every id an earlier item already uses; returns the set of ids. */
function reportRepeatedIds(
  ctx: z.RefinementCtx,
  items: { id: string }[],
  field: string,
  noun: string,
): Set<string> {
  const ids = new Set<string>();
  items.forEach((item, index) => {
    if (ids.has(item.id)) {
      ctx.addIssue({
        code: 'custom',
        path: [field, index, 'id'],
        message: `"${item.id}" is used by an earlier ${noun}`,
      });
    }
    ids.add(item.id);
  });
  return ids;
}

/**
 * The stack definition file: the technologies of the managed stack, their categories, support
 * tiers with their history, documentation, supported versions and platforms.
 * @public
 */
export type StackDefinition = z.infer<typeof stackSchema>;

/** @public */
export type StackTechnology = StackDefinition['technologies'][number];

/** @public */
export type TierChange = StackTechnology['tierHistory'][number];

/**
 * Either a valid stack definition or every problem found, each naming where it is
 * (e.g. `technologies[3] (istio).tierHistory[1].tier: ...`).
 * @public
 */
export type StackDefinitionResult =
  | { ok: true; stack: StackDefinition }
  | { ok: false; problems: string[] };

function describePath(raw: unknown, path: readonly PropertyKey[]): string {
  let text = '';
  let node: unknown = raw;
  for (const key of path) {
    node = (node as Record<PropertyKey, unknown> | undefined)?.[key];
    if (typeof key === 'number') {
      const id = (node as { id?: unknown } | undefined)?.id;
      text += `[${key}]${typeof id === 'string' ? ` (${id})` : ''}`;
    } else {
      text += text ? `.${String(key)}` : String(key);
    }
  }
  return text || '(file)';
}

/**
 * Validates a parsed stack definition file.
 * @public
 */
export function parseStackDefinition(raw: unknown): StackDefinitionResult {
  const result = stackSchema.safeParse(raw);
  if (result.success) {
    return { ok: true, stack: result.data };
  }
  return {
    ok: false,
    problems: result.error.issues.map(
      issue => `${describePath(raw, issue.path)}: ${issue.message}`,
    ),
  };
}

/**
 * The tier a technology has now: the last change of its history.
 * @public
 */
export function currentTier(technology: Pick<StackTechnology, 'tierHistory'>) {
  return technology.tierHistory[technology.tierHistory.length - 1].tier;
}
