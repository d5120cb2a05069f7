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
  guaranteeNotice,
  supportTermsSection,
  TermsContext,
  upgradeTermsSection,
} from './contractTerms';
import {
  chosenTechnologies,
  environmentClassTitle,
  isQualified,
  releaseLineOf,
  versionToDeploy,
} from './designFacts';
import { designScope } from './designScope';
import { admonition, escapeMarkdown, markdownTable } from './markdown';
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

/** The pages of the document, in reading order: file under `docs/` and title in the navigation. */
const PAGES = {
  overview: { file: 'index.md', title: 'Overview' },
  environments: { file: 'environments.md', title: 'Environments' },
  components: { file: 'components.md', title: 'Components' },
  terms: { file: 'terms.md', title: 'Contract terms' },
  acceptance: { file: 'acceptance.md', title: 'Acceptance' },
} as const;

type Page = keyof typeof PAGES;

const pageLink = (page: Page) => `[${PAGES[page].title}](${PAGES[page].file})`;

const designTitle = (design: DetailedDesign) =>
  `Detailed design ${design.name}`;

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

function overviewPage(
  design: DetailedDesign,
  context: TermsContext,
  chosen: StackTechnology[],
): string {
  const customer = escapeMarkdown(design.customer);
  const facts: [string, string][] = [
    ['Customer', customer],
    ['Platform', CLUSTER_PLATFORM_NAMES[design.platform].title],
    [LOCATION_TITLES[design.platform], escapeMarkdown(design.region)],
    ['Kubernetes version', escapeMarkdown(releaseLineOf(design))],
    ['Upgrade strategy', escapeMarkdown(design.upgradeStrategy)],
    ['Support pod', escapeMarkdown(design.owner)],
    [
      'Clusters',
      design.environments
        .map(environment => escapeMarkdown(clusterNameOf(design, environment)))
        .join(', '),
    ],
    ['Date', escapeMarkdown(context.today)],
  ];
  // Going ahead without both environment classes is the one fact to read before the rest.
  const qualification = isQualified(design)
    ? ''
    : `\n${guaranteeNotice(design)}`;
  return `# ${escapeMarkdown(designTitle(design))}

This document specifies the Kubernetes clusters the provider builds and operates for ${customer}. The provider deploys exactly what it describes once ${customer} accepts it in the portal (see ${pageLink(
    'acceptance',
  )}).

${markdownTable(['', ''], facts)}
${qualification}
${scopeSection(chosen)}
## Contents

- ${pageLink('environments')}: each cluster and its worker node groups.
- ${pageLink(
    'components',
  )}: the stack components by support tier, with the versions to be deployed.
- ${pageLink(
    'terms',
  )}: the upgrade and support terms of the contract, applied to this design.
- ${pageLink(
    'acceptance',
  )}: how ${customer} accepts this design or asks for changes.
`;
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
  return `## ${escapeMarkdown(environment.name)}

${facts}

Worker node groups; the cluster autoscaler keeps each between its minimum and maximum:

${nodeGroups}
`;
}

function environmentsPage(design: DetailedDesign): string {
  return `# Environments

${design.environments.length} environment(s), one cluster each.

${design.environments
  .map(environment => environmentSection(design, environment))
  .join('\n')}`;
}

function componentsPage(
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
    return `## ${definition.title}

${definition.summary}

- **Deployment**: ${definition.deployment}
- **Lifecycle**: ${definition.lifecycle}
- **Support**: ${definition.support}

${table}
`;
  });
  return `# Components by support tier

What the provider does for a component depends on its support tier. The version to be deployed is the newest the stack supports (for Kubernetes itself, the design's release line).

${sections.join('\n')}`;
}

function termsPage(design: DetailedDesign, context: TermsContext): string {
  return `# Contract terms

The terms of the contract, applied to this design.

${upgradeTermsSection(design, context)}
${supportTermsSection(design, context)}`;
}

function acceptancePage(design: DetailedDesign, context: TermsContext): string {
  const customer = escapeMarkdown(design.customer);
  const facts = markdownTable(
    ['', ''],
    [
      ['Design', escapeMarkdown(design.name)],
      ['Customer', customer],
      ['This version', `rendered on ${escapeMarkdown(context.today)}`],
      ['Decided by', `a customer admin of ${customer}`],
    ],
  );
  return `# Acceptance

A customer admin of ${customer} accepts this design, or requests changes to it, on the design's page in the portal: the catalog entity **${escapeMarkdown(
    designTitle(design),
  )}**, whose documentation is this document. Once accepted, it is the specification the provider builds and operates the clusters to; nothing is deployed before.

${facts}

${admonition(
  'note',
  'Each publish is a new version',
  `Each time the provider publishes a change to this design, the portal shares it as a new version, and that version needs ${customer}'s acceptance again: an acceptance holds for the version it was given to. Requested changes come back as a new version.`,
)}`;
}

/**
 * Metadata the TechDocs reader shows as the page header. mkdocs-techdocs-core writes it from the
 * site's name and description; the material theme alone does not, so the document carries it
 * (mkdocs copies it to the site's root).
 */
function techdocsMetadata(siteName: string, siteDescription: string): string {
  return `${JSON.stringify(
    { site_name: siteName, site_description: siteDescription },
    null,
    2,
  )}\n`;
}

/**
 * The detailed design document for the customer's acceptance, as TechDocs for the material theme:
 * `mkdocs.yml` and, under `docs/`, an overview with the scope (`index.md`), the environments and
 * their node groups, the components by support tier, the upgrade and support terms of the
 * contract, and how the customer accepts it in the portal.
 * @public
 */
export function renderDesignDocs(
  design: DetailedDesign,
  stack: StackDefinition,
  context: DesignDocumentContext,
): RenderedFile[] {
  const chosen = chosenTechnologies(design, stack);
  const pages: Record<Page, string> = {
    overview: overviewPage(design, context, chosen),
    environments: environmentsPage(design),
    components: componentsPage(design, stack, chosen),
    terms: termsPage(design, context),
    acceptance: acceptancePage(design, context),
  };
  const siteName = designTitle(design);
  // Short: TechDocs writes mkdocs.yml back (with js-yaml) when it builds a folder in place, as it
  // does the example design's; with these keys in its order and no line folded, it writes the
  // same file.
  const siteDescription = `${design.customer}'s clusters on ${
    CLUSTER_PLATFORM_NAMES[design.platform].shortTitle
  }, for ${design.customer}'s acceptance`;
  const mkdocs = toYaml({
    site_name: siteName,
    site_description: siteDescription,
    nav: (Object.keys(PAGES) as Page[]).map(page => ({
      [PAGES[page].title]: PAGES[page].file,
    })),
    // Material alone, as the Debian packages provide it; TechDocs adds techdocs-core where it is
    // installed (production), which sets the same theme and extensions.
    // No web fonts: the TechDocs reader shows a page once all its stylesheets have loaded, and
    // Google's fonts never load where the portal has no way out to the internet.
    theme: { name: 'material', font: false },
    // The search index TechDocs' search collator reads.
    plugins: ['search'],
    markdown_extensions: ['tables', 'admonition', { toc: { permalink: true } }],
  });
  return [
    { path: 'mkdocs.yml', content: mkdocs },
    ...(Object.keys(PAGES) as Page[]).map(page => ({
      path: `docs/${PAGES[page].file}`,
      content: pages[page],
    })),
    {
      path: 'docs/techdocs_metadata.json',
      content: techdocsMetadata(siteName, siteDescription),
    },
  ];
}
