import {
  CLUSTER_PLATFORM_NAMES,
  clusterNameOf,
  currentTier,
  DesignEnvironment,
  DetailedDesign,
  StackDefinition,
  StackTechnology,
  SUPPORT_TIER_DEFINITIONS,
  SUPPORT_TIERS,
} from '@mpk-portal/plugin-mpk-common';
import {
  supportTermsSection,
  TermsContext,
  upgradeTermsSection,
} from './contractTerms';
import {
  chosenTechnologies,
  environmentClassTitle,
  releaseLineOf,
  versionToDeploy,
} from './designFacts';
import { designScope } from './designScope';
import { codeSpan, escapeMarkdown, markdownTable } from './markdown';
import { RenderedFile } from './renderedFile';
import { toYaml } from './yamlText';

/**
 * What the design document needs besides the design and the stack: the day it is written and
 * the platform's supported window that day.
 * @public
 */
export type DesignDocumentContext = TermsContext;

const LOCATION_TITLES = { eks: 'AWS region', 'rpc-k': 'Data centre' };
const NODE_KIND_TITLES = { eks: 'Instance type', 'rpc-k': 'Server profile' };

/** A link to a technology's documentation, when the stack has one. */
function technologyName(tech: StackTechnology): string {
  const title = escapeMarkdown(tech.title);
  if (!tech.docs) return title;
  // Characters that would end the link destination early are percent-encoded.
  const url = tech.docs.replace(
    /[()<>\s]/g,
    char =>
      `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
  return `[${title}](${url})`;
}

function overview(design: DetailedDesign, context: TermsContext): string {
  const facts: [string, string][] = [
    ['Customer', escapeMarkdown(design.customer)],
    ['Platform', CLUSTER_PLATFORM_NAMES[design.platform].title],
    [LOCATION_TITLES[design.platform], escapeMarkdown(design.region)],
    ['Kubernetes version', escapeMarkdown(releaseLineOf(design))],
    ['Upgrade strategy', escapeMarkdown(design.upgradeStrategy)],
    ['Support pod', escapeMarkdown(design.owner)],
    ['Environments', String(design.environments.length)],
    ['Date', escapeMarkdown(context.today)],
  ];
  return `# Detailed design ${escapeMarkdown(design.name)}

This document specifies the Kubernetes clusters the provider builds and operates for ${escapeMarkdown(
    design.customer,
  )}. Once the customer accepts it (see [Acceptance](#acceptance)), the provider deploys exactly what it describes.

${markdownTable(['', ''], facts)}
`;
}

function scopeSection(chosen: StackTechnology[]): string {
  const { items, otherTechnologies } = designScope(chosen);
  const rows = items.map(item => {
    const coveredBy =
      item.technologies.length > 0
        ? item.technologies.map(technologyName).join(', ')
        : item.deliveredBy ?? '**Not included in this design**';
    return [`**${item.title}**`, item.description, coveredBy];
  });
  const others =
    otherTechnologies.length > 0
      ? `\nAlso part of this design: ${otherTechnologies
          .map(technologyName)
          .join(', ')}.\n`
      : '';
  return `## Scope

The service covers the following, each delivered by the stack technologies this design chooses.

${markdownTable(['Scope item', 'What it means', 'Delivered by'], rows)}
${others}`;
}

function environmentSection(
  design: DetailedDesign,
  environment: DesignEnvironment,
): string {
  const facts = markdownTable(
    ['', ''],
    [
      ['Cluster name', escapeMarkdown(clusterNameOf(design, environment))],
      ['Class', environmentClassTitle(environment)],
      ['Platform', CLUSTER_PLATFORM_NAMES[design.platform].title],
      [LOCATION_TITLES[design.platform], escapeMarkdown(design.region)],
      ['Kubernetes version', escapeMarkdown(releaseLineOf(design))],
    ],
  );
  const nodeGroups = markdownTable(
    [
      'Node group',
      NODE_KIND_TITLES[design.platform],
      'Minimum nodes',
      'Nodes at creation',
      'Maximum nodes',
    ],
    environment.nodeGroups.map(group => [
      escapeMarkdown(group.name),
      escapeMarkdown(group.instanceType),
      String(group.minSize),
      String(group.desiredSize),
      String(group.maxSize),
    ]),
  );
  return `### ${escapeMarkdown(environment.name)}

${facts}

Worker node groups; the cluster autoscaler keeps each between its minimum and maximum:

${nodeGroups}
`;
}

function environmentsSection(design: DetailedDesign): string {
  return `## Environments

${design.environments.length} environment(s), one cluster each.

${design.environments
  .map(environment => environmentSection(design, environment))
  .join('\n')}`;
}

function tiersSection(
  design: DetailedDesign,
  stack: StackDefinition,
  chosen: StackTechnology[],
): string {
  const categories = new Map(stack.categories.map(c => [c.id, c.title]));
  const sections = SUPPORT_TIERS.map(tier => {
    const definition = SUPPORT_TIER_DEFINITIONS[tier];
    const inTier = chosen.filter(tech => currentTier(tech) === tier);
    const table =
      inTier.length > 0
        ? markdownTable(
            ['Technology', 'Category', 'Version to be deployed'],
            inTier.map(tech => [
              technologyName(tech),
              escapeMarkdown(categories.get(tech.category) ?? tech.category),
              escapeMarkdown(versionToDeploy(tech, design) ?? 'n/a'),
            ]),
          )
        : 'No component of this design is in this tier.';
    return `### ${definition.title}

${definition.summary}

- **Deployment**: ${definition.deployment}
- **Lifecycle**: ${definition.lifecycle}
- **Support**: ${definition.support}

${table}
`;
  });
  return `## Components by support tier

What the provider does for a component depends on its support tier. The version to be deployed is the newest the stack supports (for Kubernetes itself, the design's release line).

${sections.join('\n')}`;
}

function acceptanceSection(
  design: DetailedDesign,
  context: TermsContext,
): string {
  return `## Acceptance

By checking the line below, the customer accepts this detailed design as the specification the provider builds and operates the clusters to. Changes after acceptance need a new revision of the design.

- [ ] ${escapeMarkdown(design.customer)} accepts detailed design ${codeSpan(
    design.name,
  )} of ${escapeMarkdown(
    context.today,
  )}. Name, role, date: \\_\\_\\_\\_\\_\\_\\_\\_
`;
}

/**
 * The detailed design document for the customer's acceptance, as TechDocs: `mkdocs.yml` and
 * `docs/index.md` with the scope, the environments and their node groups, the components by
 * support tier, the upgrade and support terms of the contract, and an acceptance checklist.
 * @public
 */
export function renderDesignDocs(
  design: DetailedDesign,
  stack: StackDefinition,
  context: DesignDocumentContext,
): RenderedFile[] {
  const chosen = chosenTechnologies(design, stack);
  const index = [
    overview(design, context),
    scopeSection(chosen),
    environmentsSection(design),
    tiersSection(design, stack, chosen),
    upgradeTermsSection(design, context),
    supportTermsSection(design, context),
    acceptanceSection(design, context),
  ].join('\n');
  const mkdocs = toYaml({
    site_name: `Detailed design ${design.name}`,
    site_description: `The clusters of ${design.customer} on ${
      CLUSTER_PLATFORM_NAMES[design.platform].title
    }, for the customer's acceptance`,
    nav: [{ 'Detailed design': 'index.md' }],
    plugins: ['techdocs-core'],
  });
  return [
    { path: 'mkdocs.yml', content: mkdocs },
    { path: 'docs/index.md', content: index },
  ];
}
