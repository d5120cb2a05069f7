import yaml from 'yaml';

/**
 * YAML for consumers that read YAML 1.1 (kubectl and Helm through go-yaml, MkDocs through
 * PyYAML): strings such as `on`, `yes` or `2026-08-03` are quoted, so they stay strings there.
 */
const YAML_OPTIONS = { version: '1.1' } as const;

/** One YAML document, with an optional comment above it (each line gets its `#`). */
export function yamlDocument(value: unknown, comment?: string): yaml.Document {
  const document = new yaml.Document(value, YAML_OPTIONS);
  if (comment) {
    document.commentBefore = comment
      .split('\n')
      .map(line => (line ? ` ${line}` : ''))
      .join('\n');
  }
  return document;
}

/** A single value as YAML text. */
export function toYaml(value: unknown): string {
  return yamlDocument(value).toString();
}

/** Several documents in one file, separated by `---`. */
export function toMultiDocumentYaml(documents: yaml.Document[]): string {
  return documents.map(document => document.toString()).join('---\n');
}
