import { z } from 'zod';
import { DESIGN_CHOICES } from './designChoices';
import { CLUSTER_PLATFORMS } from '../cluster/clusterEntity';
import { explainDnsLabelProblem } from '../names/kubernetesNames';
import { calendarDateSchema, isCalendarDate } from '../upgrade/calendarDates';
import { compareReleaseLines } from '../upgrade/releaseCalendar';
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

const releaseLinePattern = /^\d+\.\d+$/;

/** A release line such as `1.35`: major and minor, no patch. */
const releaseLine = z
  .string()
  .regex(
    releaseLinePattern,
    'expected a release line as MAJOR.MINOR (e.g. 1.35)',
  );

/** A Kubernetes release line the provider offers on a platform, and when it was certified. */
const certifiedRelease = z.strictObject({
  version: releaseLine,
  /** the day the provider's automation and templates were certified for it */
  certifiedOn: calendarDateSchema,
});

/**
 * The Kubernetes versions each release line of a technology supports, as the project publishes
 * them (`max` absent: no upper bound published).
 */
const kubernetesCompatibility = z.strictObject({
  /** the project's published compatibility table */
  source: z.url({
    protocol: /^https$/,
    error: 'expected the https URL of the compatibility table',
  }),
  versions: z
    .array(
      z.strictObject({
        version: releaseLine,
        kubernetes: z.strictObject({
          min: releaseLine,
          max: releaseLine.optional(),
        }),
      }),
    )
    .min(1),
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
  /**
   * Kubernetes-as-a-Service platforms only (e.g. `aws-eks`, `rpc-k`): the Kubernetes release lines
   * the provider offers on the platform, each with the day it was certified.
   */
  certifiedReleases: z.array(certifiedRelease).optional(),
  /** The Kubernetes versions each release line of the technology supports. */
  kubernetesCompatibility: kubernetesCompatibility.optional(),
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
      reportCertifiedReleaseProblems(ctx, tech.certifiedReleases, index);
      reportCompatibilityProblems(
        ctx,
        tech.kubernetesCompatibility?.versions,
        index,
      );
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

const isReleaseLine = (text: unknown): text is string =>
  typeof text === 'string' && releaseLinePattern.test(text);

/**
 * Reports a version an earlier certification repeats, and certification days out of step with the
 * versions (a later version certified on or before an earlier one, or the reverse).
 */
function reportCertifiedReleaseProblems(
  ctx: z.RefinementCtx,
  releases: { version: string; certifiedOn: string }[] | undefined,
  index: number,
) {
  if (!Array.isArray(releases)) return;
  releases.forEach((release, step) => {
    if (typeof release !== 'object' || release === null) return;
    const path = ['technologies', index, 'certifiedReleases', step];
    for (const earlier of releases.slice(0, step)) {
      if (typeof earlier !== 'object' || earlier === null) continue;
      if (!isReleaseLine(release.version) || !isReleaseLine(earlier.version)) {
        continue;
      }
      const order = compareReleaseLines(release.version, earlier.version);
      if (order === 0) {
        ctx.addIssue({
          code: 'custom',
          path: [...path, 'version'],
          message: `${release.version} is already certified by an earlier entry`,
        });
        return;
      }
      if (
        !isCalendarDate(release.certifiedOn) ||
        !isCalendarDate(earlier.certifiedOn)
      ) {
        continue;
      }
      if (order > 0 && release.certifiedOn <= earlier.certifiedOn) {
        ctx.addIssue({
          code: 'custom',
          path: [...path, 'certifiedOn'],
          message: `${release.version} certified on ${release.certifiedOn} must come after ${earlier.version} (${earlier.certifiedOn})`,
        });
        return;
      }
      if (order < 0 && release.certifiedOn >= earlier.certifiedOn) {
        ctx.addIssue({
          code: 'custom',
          path: [...path, 'certifiedOn'],
          message: `${release.version} certified on ${release.certifiedOn} must come before ${earlier.version} (${earlier.certifiedOn})`,
        });
        return;
      }
    }
  });
}

/** Reports a version line an earlier row repeats, and a range whose minimum is above its maximum. */
function reportCompatibilityProblems(
  ctx: z.RefinementCtx,
  versions:
    | { version: string; kubernetes: { min: string; max?: string } }[]
    | undefined,
  index: number,
) {
  if (!Array.isArray(versions)) return;
  const seen = new Set<string>();
  versions.forEach((row, step) => {
    if (typeof row !== 'object' || row === null) return;
    const path = ['technologies', index, 'kubernetesCompatibility', 'versions'];
    if (isReleaseLine(row.version) && seen.has(row.version)) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, step, 'version'],
        message: `${row.version} is already in an earlier row`,
      });
    }
    seen.add(row.version);
    const { min, max } = row.kubernetes ?? {};
    if (
      isReleaseLine(min) &&
      isReleaseLine(max) &&
      compareReleaseLines(min, max) > 0
    ) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, step, 'kubernetes'],
        message: `min ${min} is above max ${max}`,
      });
    }
  });
}

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
 * A Kubernetes release line the provider offers on a platform, with the day it was certified.
 * @public
 */
export type CertifiedRelease = NonNullable<
  StackTechnology['certifiedReleases']
>[number];

/**
 * The Kubernetes versions each release line of a technology supports, from the project's table.
 * @public
 */
export type KubernetesCompatibility = NonNullable<
  StackTechnology['kubernetesCompatibility']
>;

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
