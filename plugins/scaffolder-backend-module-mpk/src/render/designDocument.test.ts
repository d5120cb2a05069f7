import { DetailedDesign } from '@mpk-portal/plugin-mpk-common';
import yaml from 'yaml';
import { renderDesignDocs } from './designDocument';
import {
  bareMetalDesign,
  documentContextFor,
  eksDesign,
  exampleStack,
} from '../__testUtils__/designFixtures';

const stack = exampleStack();

const PAGE_PATHS = [
  'docs/index.md',
  'docs/environments.md',
  'docs/components.md',
  'docs/terms.md',
  'docs/acceptance.md',
];

function render(design: DetailedDesign = eksDesign()) {
  const files = renderDesignDocs(
    design,
    stack,
    documentContextFor(design.platform),
  );
  expect(files.map(f => f.path)).toEqual([
    'mkdocs.yml',
    ...PAGE_PATHS,
    'docs/techdocs_metadata.json',
  ]);
  const content = (path: string) => files.find(f => f.path === path)!.content;
  return {
    mkdocsText: content('mkdocs.yml'),
    mkdocs: yaml.parse(content('mkdocs.yml')),
    metadata: JSON.parse(content('docs/techdocs_metadata.json')),
    index: content('docs/index.md'),
    environments: content('docs/environments.md'),
    components: content('docs/components.md'),
    terms: content('docs/terms.md'),
    acceptance: content('docs/acceptance.md'),
  };
}

/** The text of a section: from its heading to the next heading of the same or a higher level. */
function section(markdown: string, heading: string): string {
  const level = heading.match(/^#+/)![0].length;
  const start = markdown.indexOf(`${heading}\n`);
  expect(start).toBeGreaterThanOrEqual(0);
  const rest = markdown.slice(start + heading.length);
  const next = rest.search(new RegExp(`\\n#{1,${level}} `));
  return next === -1 ? rest : rest.slice(0, next);
}

describe('renderDesignDocs', () => {
  it('configures TechDocs for the material theme, one page per part in the navigation', () => {
    const { mkdocs, mkdocsText, metadata } = render();
    expect(mkdocs).toEqual({
      site_name: 'Detailed design initech-platform',
      site_description: "initech's clusters on EKS, for initech's acceptance",
      nav: [
        { Overview: 'index.md' },
        { Environments: 'environments.md' },
        { Components: 'components.md' },
        { 'Contract terms': 'terms.md' },
        { Acceptance: 'acceptance.md' },
      ],
      theme: { name: 'material', font: false },
      plugins: ['search'],
      markdown_extensions: [
        'tables',
        'admonition',
        { toc: { permalink: true } },
      ],
    });
    // Not techdocs-core: the Debian packages do not have it; TechDocs adds it where it is installed.
    expect(mkdocsText).not.toContain('techdocs-core');
    // The reader's header, which techdocs-core would otherwise write.
    expect(metadata).toEqual({
      site_name: mkdocs.site_name,
      site_description: mkdocs.site_description,
    });
  });

  it('opens with the facts, a scope and the contents, each page with one title', () => {
    const pages = render();
    expect(pages.index).toMatch(/^# Detailed design initech-platform\n/);
    expect(pages.index).toContain(
      '| Clusters | initech-prod, initech-staging |',
    );
    expect(pages.index).toContain('(see [Acceptance](acceptance.md))');
    for (const page of ['environments', 'components', 'terms', 'acceptance']) {
      expect(section(pages.index, '## Contents')).toContain(`(${page}.md)`);
    }
    for (const text of [
      pages.index,
      pages.environments,
      pages.components,
      pages.terms,
      pages.acceptance,
    ]) {
      expect(text.match(/^# /gm)).toHaveLength(1);
      expect(text).toMatch(/^# /);
    }
  });

  it('describes each environment: cluster name, class, version and node groups', () => {
    const { environments } = render();
    const prod = section(environments, '## prod');
    expect(prod).toContain('| Cluster name | initech-prod |');
    expect(prod).toContain('| Class | Production |');
    expect(prod).toContain('| AWS region | us-east-1 |');
    expect(prod).toContain('| Kubernetes version | 1.35 |');
    expect(prod).toContain('| general | m6i.xlarge | 3 | 4 | 9 |');
    expect(prod).toContain('| arm | m7g.large | 0 | 1 | 5 |');
    const staging = section(environments, '## staging');
    expect(staging).toContain('| Cluster name | initech-staging |');
    expect(staging).toContain('| Class | Non-production |');
    expect(staging).not.toContain('m6i.xlarge');
  });

  it('names the technology delivering each scope item, or says it is not included', () => {
    const scope = section(render().index, '## Scope');
    const row = (item: string) =>
      scope.split('\n').find(line => line.startsWith(`| **${item}**`)) ?? '';
    expect(row('Centralized logging')).toContain('[Fluentd]');
    expect(row('Container registry')).toContain(
      'AWS Elastic Container Registry (ECR)',
    );
    expect(row('Service mesh')).toContain('[Istio]');
    expect(row('Ingress')).toContain('AWS ALB Ingress Controller');
    expect(row('Cluster autoscaler')).toContain('part of every build');
    const withoutMesh = eksDesign();
    withoutMesh.components = withoutMesh.components.filter(c => c !== 'istio');
    const scopeWithoutMesh = section(render(withoutMesh).index, '## Scope');
    expect(scopeWithoutMesh).toMatch(
      /\| \*\*Service mesh\*\* \|.*\| \*\*Not included in this design\*\* \|/,
    );
  });

  it('lists each chosen component under its support tier, with the version to deploy', () => {
    const { components, index } = render();
    const infrastructure = section(components, '## Infrastructure');
    const certified = section(components, '## Certified');
    const catalog = section(components, '## Catalog');
    expect(infrastructure).toContain('Deployed in one click');
    expect(infrastructure).toMatch(
      /\| \[Prometheus\]\([^)]+\) \| .* \| 3\.5 \|/,
    );
    expect(infrastructure).toMatch(
      /\[AWS Elastic Kubernetes Service \(EKS\)\].* \| 1\.35 \|/,
    );
    expect(certified).toMatch(/\[Istio\].* \| 1\.28 \|/);
    expect(certified).toMatch(/\[Velero\].* \| 1\.17 \|/);
    expect(catalog).toMatch(/\[Kubernetes Dashboard\].* \| 7\.13 \|/);
    expect(catalog).toContain('Community support only.');
    // Each component once, in its own tier only.
    expect(infrastructure).not.toContain('[Istio]');
    expect(catalog).not.toContain('[Prometheus]');
    // Not chosen.
    expect(index).not.toContain('[Harbor]');
  });

  it('says so when a tier has no component', () => {
    const design = eksDesign();
    design.components = design.components.filter(
      id => !['istio', 'velero'].includes(id),
    );
    expect(section(render(design).components, '## Certified')).toContain(
      'No component of this design is in this tier.',
    );
  });

  it('states the upgrade terms for the design’s strategy, guaranteed with both environment classes', () => {
    const terms = section(render().terms, '## Upgrade terms');
    expect(terms).toContain('**120 days after the end of life**');
    expect(terms).toContain(
      'This design upgrades **side-by-side**: within **90 days**',
    );
    expect(terms).toContain('the Amazon EKS release calendar');
    expect(terms).toContain('**Guaranteed.**');
    expect(terms).toMatch(
      /^!!! note "Upgrade deadlines guaranteed"\n {4}\*\*Guaranteed\.\*\*/m,
    );
    const inPlace = section(
      render(bareMetalDesign()).terms,
      '## Upgrade terms',
    );
    expect(inPlace).toContain('**in-place**: within **120 days**');
    expect(inPlace).toContain('the Kubernetes release calendar');
  });

  it('says the upgrade deadlines are not guaranteed without a non-production environment', () => {
    const design = eksDesign();
    design.environments = design.environments.slice(0, 1);
    design.acknowledgeNotQualified = true;
    const { terms: termsPage, index } = render(design);
    const terms = section(termsPage, '## Upgrade terms');
    expect(terms).toContain('**Not guaranteed.**');
    expect(terms).toContain('the upgrade deadlines are not guaranteed');
    expect(terms).toContain(
      'The customer acknowledges going ahead with no non-production environment.',
    );
    expect(terms).not.toContain('**Guaranteed.**');
    // A warning admonition, on the terms page and before the scope of the overview.
    const warning =
      /^!!! warning "Not qualified: upgrade deadlines not guaranteed"\n {4}\*\*Not guaranteed\.\*\*/m;
    expect(terms).toMatch(warning);
    expect(index.search(warning)).toBeGreaterThan(0);
    expect(index.search(warning)).toBeLessThan(index.indexOf('## Scope'));
    expect(render().index).not.toContain('!!! warning');
  });

  it('states the response targets, business hours, supported window and credits', () => {
    const terms = section(render().terms, '## Support terms');
    expect(terms).toContain('| Urgent | 15 minutes | 24x7, around the clock |');
    expect(terms).toContain('| High | 1 hour | 24x7, around the clock |');
    expect(terms).toContain('| Normal | 1 hour | Business hours |');
    expect(terms).toContain(
      '| Low | 1 business day (9 business hours) | Business hours |',
    );
    expect(terms).toContain(
      'Monday to Friday, 08:00 to 17:00 America/Los_Angeles time, excluding US federal holidays',
    );
    expect(terms).toContain('**One business day** is 9 business hours.');
    expect(terms).toContain(
      'a ticket of those severities about a non-production cluster gets the normal target',
    );
    expect(terms).toContain('!!! note "Supported window"');
    expect(terms).toContain('(on 2026-08-03: 1.36 and 1.35)');
    expect(terms).toContain("This design's version, 1.35, is inside it today");
    expect(terms).toContain('**$250**');
    expect(terms).toContain("capped at the month's recurring support fee");
    expect(terms).toContain('within **7 days** after the breach');
    expect(terms).toContain('**Exclusions**');
  });

  it('warns when the design’s version is outside the supported window', () => {
    const design = eksDesign();
    design.kubernetesVersion = '1.34';
    const terms = section(render(design).terms, '## Support terms');
    expect(terms).toContain('!!! warning "Outside the supported window"');
    expect(terms).toContain(
      "This design's version, 1.34, **is outside it** today",
    );
  });

  it('has the customer admin accept it in the portal, each published version again', () => {
    const { acceptance } = render();
    expect(acceptance).toMatch(
      /^A customer admin of initech accepts this design, or requests changes to it, on the design's page in the portal/m,
    );
    expect(acceptance).toContain('**Detailed design initech-platform**');
    expect(acceptance).toContain('| This version | rendered on 2026-08-03 |');
    expect(acceptance).toMatch(
      /^!!! note "Each publish is a new version"\n {4}.*needs initech's acceptance again/m,
    );
    // Nothing to tick or sign in the document itself.
    expect(acceptance).not.toMatch(/\[ \]|_{3,}|\\_/);
  });

  it('escapes design values so they cannot break tables or inject markup', () => {
    const design = eksDesign();
    design.region = 'us-east-1 | <script>alert(1)</script>';
    design.environments[0].nodeGroups[0].instanceType = '*big* | [x](y)';
    const pages = render(design);
    for (const text of Object.values(pages)) {
      expect(JSON.stringify(text)).not.toContain('<script>');
    }
    const prod = section(pages.environments, '## prod');
    const groupRow = prod
      .split('\n')
      .find(line => line.startsWith('| general'))!;
    // Five cells: six separators, none from the instance type.
    expect(groupRow.split('|')).toHaveLength(7);
    expect(groupRow).toContain('\\*big\\* &#124; \\[x\\](y)');
    const regionRow = prod
      .split('\n')
      .find(line => line.startsWith('| AWS region'))!;
    expect(regionRow.split('|')).toHaveLength(4);
  });
});
