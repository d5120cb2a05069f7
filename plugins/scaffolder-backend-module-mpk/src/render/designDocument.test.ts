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

function render(design: DetailedDesign = eksDesign()) {
  const files = renderDesignDocs(
    design,
    stack,
    documentContextFor(design.platform),
  );
  expect(files.map(f => f.path)).toEqual(['mkdocs.yml', 'docs/index.md']);
  return { mkdocs: yaml.parse(files[0].content), index: files[1].content };
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
  it('configures TechDocs with the design as its site', () => {
    expect(render().mkdocs).toEqual({
      site_name: 'Detailed design initech-platform',
      site_description: expect.stringContaining('initech'),
      nav: [{ 'Detailed design': 'index.md' }],
      plugins: ['techdocs-core'],
    });
  });

  it('describes each environment: cluster name, class, version and node groups', () => {
    const { index } = render();
    const prod = section(index, '### prod');
    expect(prod).toContain('| Cluster name | initech-prod |');
    expect(prod).toContain('| Class | Production |');
    expect(prod).toContain('| AWS region | us-east-1 |');
    expect(prod).toContain('| Kubernetes version | 1.35 |');
    expect(prod).toContain('| general | m6i.xlarge | 3 | 4 | 9 |');
    expect(prod).toContain('| arm | m7g.large | 0 | 1 | 5 |');
    const staging = section(index, '### staging');
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
    const { index } = render();
    const infrastructure = section(index, '### Infrastructure');
    const certified = section(index, '### Certified');
    const catalog = section(index, '### Catalog');
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
    expect(section(render(design).index, '### Certified')).toContain(
      'No component of this design is in this tier.',
    );
  });

  it('states the upgrade terms for the design’s strategy, guaranteed with both environment classes', () => {
    const terms = section(render().index, '## Upgrade terms');
    expect(terms).toContain('**120 days after the end of life**');
    expect(terms).toContain(
      'This design upgrades **side-by-side**: within **90 days**',
    );
    expect(terms).toContain('the Amazon EKS release calendar');
    expect(terms).toContain('**Guaranteed.**');
    const inPlace = section(
      render(bareMetalDesign()).index,
      '## Upgrade terms',
    );
    expect(inPlace).toContain('**in-place**: within **120 days**');
    expect(inPlace).toContain('the Kubernetes release calendar');
  });

  it('says the upgrade deadlines are not guaranteed without a non-production environment', () => {
    const design = eksDesign();
    design.environments = design.environments.slice(0, 1);
    design.acknowledgeNotQualified = true;
    const terms = section(render(design).index, '## Upgrade terms');
    expect(terms).toContain('**Not guaranteed.**');
    expect(terms).toContain('the upgrade deadlines are not guaranteed');
    expect(terms).toContain(
      'The customer acknowledges going ahead with no non-production environment.',
    );
    expect(terms).not.toContain('**Guaranteed.**');
  });

  it('states the response targets, business hours, supported window and credits', () => {
    const terms = section(render().index, '## Support terms');
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
    expect(terms).toContain('(on 2026-08-03: 1.36 and 1.35)');
    expect(terms).toContain("This design's version, 1.35, is inside it today");
    expect(terms).toContain('**$250**');
    expect(terms).toContain("capped at the month's recurring support fee");
    expect(terms).toContain('within **7 days** after the breach');
    expect(terms).toContain('**Exclusions**');
  });

  it('ends with a sign-off line for the customer', () => {
    const acceptance = section(render().index, '## Acceptance');
    expect(acceptance).toMatch(
      /^- \[ \] initech accepts detailed design `initech-platform` of 2026-08-03\./m,
    );
  });

  it('escapes design values so they cannot break tables or inject markup', () => {
    const design = eksDesign();
    design.region = 'us-east-1 | <script>alert(1)</script>';
    design.environments[0].nodeGroups[0].instanceType = '*big* | [x](y)';
    const { index } = render(design);
    expect(index).not.toContain('<script>');
    const prod = section(index, '### prod');
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
