// The accounts of the example identity provider: the example personas of examples/org.yaml.
import { readFile } from 'node:fs/promises';
import { parseAllDocuments } from 'yaml';

/** A group a person belongs to, e.g. the support pod `pod-blue` or the customer `acme`. */
export interface ExampleGroup {
  name: string;
  title: string;
  /** The group's `spec.type`: `pod`, `customer`, `organization`. */
  type?: string;
}

/** One person who can sign in at the example identity provider. */
export interface ExampleAccount {
  /** The OpenID subject: the User entity's `metadata.name`, e.g. `dana-acme`. */
  id: string;
  /** The `email` claim; the portal matches it to the User's `spec.profile.email`. */
  email: string;
  /** The `name` claim: `spec.profile.displayName`, else `metadata.title`, else the name. */
  name: string;
  /** The `mpk.io/role` annotation, e.g. `customer-developer`. */
  role?: string;
  /** `metadata.description`, e.g. "Developer at Acme". */
  description?: string;
  /** The groups of `spec.memberOf`, with their titles. */
  groups: ExampleGroup[];
}

export const roleAnnotation = 'mpk.io/role';

interface EntityLike {
  kind?: unknown;
  metadata?: {
    name?: unknown;
    title?: unknown;
    description?: unknown;
    annotations?: Record<string, unknown>;
  };
  spec?: {
    type?: unknown;
    memberOf?: unknown;
    profile?: { email?: unknown; displayName?: unknown };
  };
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

/** The name of an entity reference such as `acme`, `group:acme` or `group:default/acme`. */
const refName = (ref: string) =>
  ref.replace(/^[^:]*:/, '').replace(/^.*\//, '');

/**
 * The accounts of an org file's text: every `User` with a `spec.profile.email`, in file order.
 * Users without an email (the guest) are no accounts. A second User with the same email is an
 * error, since the portal could not tell the two apart.
 */
export function parseExampleAccounts(
  yamlText: string,
  source = 'the org file',
): ExampleAccount[] {
  const entities: EntityLike[] = [];
  for (const document of parseAllDocuments(yamlText)) {
    if (document.errors.length > 0) {
      throw new Error(
        `${source} is not valid YAML: ${document.errors[0].message}`,
      );
    }
    const entity = document.toJS() as unknown;
    if (entity && typeof entity === 'object')
      entities.push(entity as EntityLike);
  }

  const groups = new Map<string, ExampleGroup>();
  for (const entity of entities) {
    const name = text(entity.metadata?.name);
    if (entity.kind === 'Group' && name) {
      groups.set(name, {
        name,
        title: text(entity.metadata?.title) ?? name,
        type: text(entity.spec?.type),
      });
    }
  }

  const accounts: ExampleAccount[] = [];
  const byEmail = new Map<string, ExampleAccount>();
  for (const entity of entities) {
    const id = text(entity.metadata?.name);
    const email = text(entity.spec?.profile?.email);
    if (entity.kind !== 'User' || !id || !email) continue;
    const earlier = byEmail.get(email.toLowerCase());
    if (earlier) {
      throw new Error(
        `${source}: users ${earlier.id} and ${id} have the same email ${email}`,
      );
    }
    const memberOf = Array.isArray(entity.spec?.memberOf)
      ? entity.spec.memberOf.filter(
          (ref): ref is string => typeof ref === 'string',
        )
      : [];
    const account: ExampleAccount = {
      id,
      email,
      name:
        text(entity.spec?.profile?.displayName) ??
        text(entity.metadata?.title) ??
        id,
      role: text(entity.metadata?.annotations?.[roleAnnotation]),
      description: text(entity.metadata?.description),
      groups: memberOf.map(ref => {
        const groupName = refName(ref);
        return groups.get(groupName) ?? { name: groupName, title: groupName };
      }),
    };
    byEmail.set(email.toLowerCase(), account);
    accounts.push(account);
  }
  return accounts;
}

/** The accounts of an org file (see {@link parseExampleAccounts}). */
export async function readExampleAccounts(
  orgFile: string,
): Promise<ExampleAccount[]> {
  return parseExampleAccounts(await readFile(orgFile, 'utf8'), orgFile);
}
