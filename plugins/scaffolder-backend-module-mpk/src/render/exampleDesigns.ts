import {
  ClusterPlatform,
  DetailedDesign,
  detailedDesignSchema,
  parseStackDefinition,
  StackDefinition,
} from '@mpk-portal/plugin-mpk-common';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';
import yaml from 'yaml';
import { renderDesignCatalogInfo } from './catalogInfo';
import { DesignDocumentContext } from './designDocument';
import { renderDesign } from './renderDesign';
import { RenderedFile } from './renderedFile';

/**
 * The day the example designs were published, and the supported window of each platform that
 * day (the shipped release calendars): fixed, so that rendering them again gives the same files.
 */
export const EXAMPLE_DESIGN_CONTEXTS: Record<
  ClusterPlatform,
  DesignDocumentContext
> = {
  eks: {
    today: '2026-11-30',
    calendarTitle: 'Amazon EKS',
    supportedLines: ['1.36', '1.35'],
  },
  'rpc-k': {
    today: '2026-11-30',
    calendarTitle: 'Kubernetes',
    supportedLines: ['1.36', '1.35'],
  },
};

/** The design of an example folder, from its `design.yaml`. */
export function parseExampleDesign(designYaml: string): DetailedDesign {
  return detailedDesignSchema.parse(yaml.parse(designYaml));
}

/**
 * The files of an example design in `examples/designs/<name>/`, as the renderer writes them: the
 * design document (TechDocs) and `design.yaml`, and a `catalog-info.yaml` holding the design
 * entity alone, since its clusters are not provisioned. Its infrastructure as code is left out.
 */
export function renderExampleDesign(
  design: DetailedDesign,
  stack: StackDefinition,
): RenderedFile[] {
  const rendered = renderDesign(
    design,
    stack,
    EXAMPLE_DESIGN_CONTEXTS[design.platform],
  ).filter(
    file =>
      file.path === 'mkdocs.yml' ||
      file.path === 'design.yaml' ||
      file.path.startsWith('docs/'),
  );
  return [...rendered, renderDesignCatalogInfo(design)].sort((a, b) =>
    a.path.localeCompare(b.path),
  );
}

/** The stack of a stack definition file (the example designs use `examples/stack.yaml`). */
export async function readStackFile(file: string): Promise<StackDefinition> {
  const parsed = parseStackDefinition(yaml.parse(await readFile(file, 'utf8')));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.problems.join('; ')}`);
  return parsed.stack;
}

/** The names of the example design folders in a directory (`examples/designs`). */
export async function exampleDesignNames(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true });
  return entries
    .filter(entry => entry.isDirectory())
    .map(entry => entry.name)
    .sort();
}

/** Every file of an example design folder, with relative POSIX paths, sorted by path. */
export async function readExampleDesignFolder(
  folder: string,
): Promise<RenderedFile[]> {
  const entries = await readdir(folder, {
    recursive: true,
    withFileTypes: true,
  });
  const files = await Promise.all(
    entries
      .filter(entry => entry.isFile())
      .map(async entry => {
        const path = join(entry.parentPath, entry.name);
        return {
          path: relative(folder, path).split(sep).join('/'),
          content: await readFile(path, 'utf8'),
        };
      }),
  );
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * Renders an example design again from its `design.yaml`: writes its files and removes the files
 * the renderer no longer writes. The folder is named after the design. Returns the paths written.
 */
export async function writeExampleDesignFolder(
  folder: string,
  stack: StackDefinition,
): Promise<string[]> {
  const design = parseExampleDesign(
    await readFile(join(folder, 'design.yaml'), 'utf8'),
  );
  if (design.name !== basename(folder)) {
    throw new Error(`${folder}/design.yaml names the design ${design.name}`);
  }
  const files = renderExampleDesign(design, stack);
  const paths = new Set(files.map(file => file.path));
  for (const existing of await readExampleDesignFolder(folder)) {
    if (!paths.has(existing.path)) await rm(join(folder, existing.path));
  }
  for (const file of files) {
    const path = join(folder, file.path);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, file.content, 'utf8');
  }
  return [...paths];
}
