import { SecurityResource } from '../securityModel';
import {
  JsonObject,
  ReadContext,
  isObject,
  own,
  readId,
  readObject,
  readResource,
  readTimestamp,
} from './readContext';

/** The API group and version of every Trivy Operator report. */
export const TRIVY_OPERATOR_API_VERSION = 'aquasecurity.github.io/v1alpha1';

/** What a Trivy Operator report says about itself: its name, time and the resource it is on. */
export interface TrivyOperatorMetadata {
  name?: string;
  generatedAt?: string;
  resource?: SecurityResource;
}

/**
 * The report's name, when it was made (`report.updateTimestamp`, else the creation time) and the
 * resource it was made for: the `trivy-operator.resource.*` labels, else the controlling owner
 * reference (in the report's namespace), else just that namespace.
 */
export function readTrivyOperatorMetadata(
  ctx: ReadContext,
  doc: JsonObject,
  report: JsonObject | undefined,
): TrivyOperatorMetadata {
  const metadata = readObject(ctx, doc, 'metadata', '') ?? {};
  const found: TrivyOperatorMetadata = {};
  const name = readId(ctx, metadata, 'name', 'metadata', false);
  if (name) found.name = name;
  const generatedAt =
    readTimestamp(report, 'updateTimestamp') ??
    readTimestamp(metadata, 'creationTimestamp');
  if (generatedAt) found.generatedAt = generatedAt;

  const namespace = readId(ctx, metadata, 'namespace', 'metadata', false);
  const labels = readObject(ctx, metadata, 'labels', 'metadata');
  let resource =
    labels &&
    readResource(ctx, labels, 'metadata.labels', {
      namespace: 'trivy-operator.resource.namespace',
      kind: 'trivy-operator.resource.kind',
      name: 'trivy-operator.resource.name',
    });
  if (!resource) {
    const owners = own(metadata, 'ownerReferences');
    const owner = Array.isArray(owners)
      ? owners.find(o => isObject(o) && own(o, 'controller') === true) ??
        owners[0]
      : undefined;
    if (isObject(owner)) {
      const index = (owners as unknown[]).indexOf(owner);
      resource = readResource(ctx, owner, `metadata.ownerReferences[${index}]`);
      if (resource) {
        delete resource.namespace;
        if (namespace) resource = { namespace, ...resource };
      }
    }
  }
  if (!resource && namespace) resource = { namespace };
  if (resource) found.resource = resource;
  return found;
}
