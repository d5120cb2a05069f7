/**
 * A small emitter for HCL2 (Terraform's native syntax). The renderers build files as values and
 * blocks instead of string templates, so that a design value can never end a string early or
 * start an interpolation: every string is quoted and escaped here, and expressions can only be
 * references and function calls built from checked names.
 */

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;
// Traversals such as `module.eks.cluster_name` or `module.vpc.private_subnets[0]`.
const REFERENCE =
  /^[A-Za-z_][A-Za-z0-9_-]*(\.[A-Za-z_][A-Za-z0-9_-]*|\[\d+\])*$/;
// Object keys that would otherwise read as keywords rather than as strings.
const RESERVED_KEYS = new Set(['true', 'false', 'null', 'for', 'in', 'if']);
// Block labels are plain string literals: no escapes or template sequences are needed in ours.
const BLOCK_LABEL = /^[A-Za-z0-9_./:-]+$/;

const INDENT = '  ';

/** An HCL expression that is not a literal: a reference or a function call. */
export class HclExpression {
  /** @internal use {@link hclReference} or {@link hclCall} */
  constructor(
    readonly form:
      | { reference: string }
      | { call: string; args: readonly HclValue[] },
  ) {}
}

/** A value the emitter can write. Object entries that are `undefined` are left out. */
export type HclValue =
  | string
  | number
  | boolean
  | null
  | HclExpression
  | readonly HclValue[]
  | { readonly [key: string]: HclValue | undefined };

/** An attribute, a nested block or a comment in a body. */
export type HclBodyItem =
  | { kind: 'attribute'; name: string; value: HclValue | undefined }
  | { kind: 'block'; type: string; labels: string[]; body: HclBodyItem[] }
  | { kind: 'comment'; text: string; detached?: boolean };

/** A reference such as `var.region` or `module.eks.cluster_name`. */
export function hclReference(path: string): HclExpression {
  if (!REFERENCE.test(path)) {
    throw new Error(`"${path}" is not an HCL reference`);
  }
  return new HclExpression({ reference: path });
}

/** A function call such as `cidrsubnet(var.vpc_cidr, 4, 0)`. */
export function hclCall(name: string, ...args: HclValue[]): HclExpression {
  if (!IDENTIFIER.test(name)) {
    throw new Error(`"${name}" is not an HCL function name`);
  }
  return new HclExpression({ call: name, args });
}

/** `name = value` in a body. */
export function attribute(name: string, value: HclValue | undefined) {
  if (!IDENTIFIER.test(name)) {
    throw new Error(`"${name}" is not an HCL attribute name`);
  }
  return { kind: 'attribute', name, value } as const;
}

/** `type "label" … { body }`. */
export function block(
  type: string,
  labels: string[],
  body: HclBodyItem[],
): HclBodyItem {
  if (!IDENTIFIER.test(type)) {
    throw new Error(`"${type}" is not an HCL block type`);
  }
  for (const label of labels) {
    if (!BLOCK_LABEL.test(label)) {
      throw new Error(`"${label}" cannot be an HCL block label`);
    }
  }
  return { kind: 'block', type, labels, body };
}

/**
 * A `#` comment; each line of the text becomes one comment line. It sits right above what
 * follows, unless detached (e.g. a file header), which leaves a blank line after it.
 */
export function comment(
  text: string,
  options: { detached?: boolean } = {},
): HclBodyItem {
  return { kind: 'comment', text, detached: options.detached };
}

/**
 * Quotes a string as an HCL template that stands for exactly that text: escapes backslashes,
 * quotes and control characters, and doubles the `$` of `${` and the `%` of `%{` so that no
 * interpolation or directive can start.
 */
export function quoteHcl(text: string): string {
  let escaped = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (char === '\\') escaped += '\\\\';
    else if (char === '"') escaped += '\\"';
    else if (char === '\n') escaped += '\\n';
    else if (char === '\r') escaped += '\\r';
    else if (char === '\t') escaped += '\\t';
    else if (code < 0x20 || code === 0x7f) {
      escaped += `\\u${code.toString(16).padStart(4, '0')}`;
    } else escaped += char;
  }
  return `"${escaped
    .replace(/\$\{/g, () => '$${')
    .replace(/%\{/g, () => '%%{')}"`;
}

function renderKey(key: string): string {
  return IDENTIFIER.test(key) && !RESERVED_KEYS.has(key) ? key : quoteHcl(key);
}

function isSingleLine(text: string) {
  return !text.includes('\n');
}

/** Pads the names of runs of attributes so their `=` line up, as `terraform fmt` does. */
function alignedEntries(
  entries: { name: string; value: string }[],
  indent: string,
): string[] {
  const lines: string[] = [];
  let run: { name: string; value: string }[] = [];
  const flush = () => {
    const width = Math.max(...run.map(entry => entry.name.length));
    for (const entry of run) {
      lines.push(`${indent}${entry.name.padEnd(width)} = ${entry.value}`);
    }
    run = [];
  };
  for (const entry of entries) {
    run.push(entry);
    if (!isSingleLine(entry.value)) flush();
  }
  if (run.length > 0) flush();
  return lines;
}

function renderValue(value: HclValue, depth: number): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return quoteHcl(value);
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || /e/i.test(String(value))) {
      throw new Error(`${value} cannot be written as an HCL number`);
    }
    return String(value);
  }
  if (value instanceof HclExpression) {
    const form = value.form;
    if ('reference' in form) return form.reference;
    const args = form.args.map(arg => renderValue(arg, depth));
    return `${form.call}(${args.join(', ')})`;
  }
  const inner = INDENT.repeat(depth + 1);
  const outer = INDENT.repeat(depth);
  if (Array.isArray(value)) {
    const items = (value as readonly HclValue[]).map(item =>
      renderValue(item, depth + 1),
    );
    const inline = `[${items.join(', ')}]`;
    if (items.every(isSingleLine) && inline.length <= 60) return inline;
    return `[\n${items.map(item => `${inner}${item},`).join('\n')}\n${outer}]`;
  }
  const entries = Object.entries(
    value as { [key: string]: HclValue | undefined },
  ).flatMap(([key, item]) =>
    item === undefined
      ? []
      : [{ name: renderKey(key), value: renderValue(item, depth + 1) }],
  );
  if (entries.length === 0) return '{}';
  return `{\n${alignedEntries(entries, inner).join('\n')}\n${outer}}`;
}

function renderComment(text: string, indent: string): string[] {
  return text.split(/\r?\n|\r/).map(line => `${indent}# ${line}`.trimEnd());
}

function renderBody(items: HclBodyItem[], depth: number): string[] {
  const indent = INDENT.repeat(depth);
  const lines: string[] = [];
  let attributes: { name: string; value: string }[] = [];
  let previous: HclBodyItem | undefined;
  const flushAttributes = () => {
    lines.push(...alignedEntries(attributes, indent));
    attributes = [];
  };
  for (const item of items) {
    if (item.kind === 'attribute' && item.value === undefined) continue;
    // A blank line sets blocks and comments apart; a comment stays with what follows it.
    const separate =
      previous !== undefined &&
      (previous.kind === 'comment'
        ? previous.detached === true
        : item.kind !== 'attribute' || previous.kind === 'block');
    if (item.kind !== 'attribute' || separate) flushAttributes();
    if (separate) lines.push('');
    if (item.kind === 'attribute') {
      attributes.push({
        name: item.name,
        value: renderValue(item.value!, depth),
      });
    } else if (item.kind === 'comment') {
      lines.push(...renderComment(item.text, indent));
    } else {
      const labels = item.labels.map(label => ` "${label}"`).join('');
      lines.push(`${indent}${item.type}${labels} {`);
      lines.push(...renderBody(item.body, depth + 1));
      lines.push(`${indent}}`);
    }
    previous = item;
  }
  flushAttributes();
  return lines;
}

/** Writes a whole HCL file. */
export function renderHcl(items: HclBodyItem[]): string {
  return `${renderBody(items, 0).join('\n')}\n`;
}
