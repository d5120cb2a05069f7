import { DetailedDesign, StackDefinition } from '@mpk-portal/plugin-mpk-common';
import { renderCatalogInfo } from './catalogInfo';
import { renderClusterApi } from './clusterApi';
import { DesignDocumentContext, renderDesignDocs } from './designDocument';
import { RenderedFile } from './renderedFile';
import { renderTerraform } from './terraform';
import { toYaml } from './yamlText';

/**
 * Everything a design's repository starts with: the design document (TechDocs), the
 * infrastructure as code of each environment (Terraform on EKS, Cluster API on RPC-K), the
 * `catalog-info.yaml` of its clusters and `design.yaml`, the design itself for later templates.
 * Paths are unique; a file that two environments share (the Cluster API README) appears once.
 * @throws InputError when a name cannot be used in a path or a Kubernetes resource
 * @public
 */
export function renderDesign(
  design: DetailedDesign,
  stack: StackDefinition,
  context: DesignDocumentContext,
): RenderedFile[] {
  const infrastructure = design.environments.flatMap(environment =>
    design.platform === 'eks'
      ? renderTerraform(design, environment, stack)
      : renderClusterApi(design, environment, stack),
  );
  const files = [
    ...renderDesignDocs(design, stack, context),
    ...infrastructure,
    renderCatalogInfo(design, stack, context),
    { path: 'design.yaml', content: toYaml(design) },
  ];
  const byPath = new Map<string, RenderedFile>();
  for (const file of files) {
    const earlier = byPath.get(file.path);
    if (earlier && earlier.content !== file.content) {
      throw new Error(`Two different files would be written to ${file.path}`);
    }
    byPath.set(file.path, file);
  }
  return [...byPath.values()];
}
