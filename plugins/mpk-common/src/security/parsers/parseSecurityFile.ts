import { parseAllDocuments } from 'yaml';
import { SecurityReportParseResult } from '../securityModel';
import { readSecurityDocuments } from './parseSecurityDocument';
import { SECURITY_PARSE_LIMITS, truncate } from './readContext';

const CONTROL_CHARACTERS =
  // eslint-disable-next-line no-control-regex -- removing control characters is its one job
  /[\u0000-\u001F\u007F-\u009F]/g;

/** The UTF-8 length of a string, counted without encoding it. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

function isTooLong(content: string): boolean {
  const max = SECURITY_PARSE_LIMITS.maxContentBytes;
  // Every UTF-16 unit is at least one UTF-8 byte and at most three.
  if (content.length > max) return true;
  return content.length * 3 > max && utf8Length(content) > max;
}

/**
 * Reads a scanner's output file (JSON, or YAML with one or more documents, as `kubectl get -o
 * yaml` writes report resources) with {@link parseSecurityDocument}, within
 * {@link SECURITY_PARSE_LIMITS}: content over 20 MB or with more than 50,000 checks and
 * vulnerabilities is refused with `tooLarge`, nesting over 64 levels is a problem, YAML aliases
 * are bounded. Problems start with the file name.
 * @public
 */
export function parseSecurityFile(
  content: string,
  fileName: string,
): SecurityReportParseResult {
  const label =
    truncate(
      String(fileName).replace(CONTROL_CHARACTERS, ''),
      SECURITY_PARSE_LIMITS.maxIdLength,
    ) || '(file)';
  if (typeof content !== 'string') {
    return { ok: false, problems: [`${label}: expected the file's text`] };
  }
  if (isTooLong(content)) {
    return {
      ok: false,
      tooLarge: true,
      problems: [
        `${label}: larger than ${SECURITY_PARSE_LIMITS.maxContentBytes} bytes`,
      ],
    };
  }
  const text = content.startsWith('\uFEFF') ? content.slice(1) : content;
  if (/^\s*[[{]/.test(text)) {
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch (error) {
      if (error instanceof RangeError) {
        return { ok: false, problems: [`${label}: nested too deeply to read`] };
      }
      return {
        ok: false,
        problems: [`${label}: not valid JSON: ${describe(error)}`],
      };
    }
    return readSecurityDocuments([doc], label);
  }
  return readYaml(text, label);
}

function describe(error: unknown): string {
  return truncate(error instanceof Error ? error.message : String(error), 200);
}

// An alias expands to a copy of what it names: a few aliases of aliases are enough to blow a small
// file up to gigabytes ("billion laughs"), so their number is capped.
const MAX_YAML_ALIASES = 100;

function readYaml(text: string, label: string): SecurityReportParseResult {
  try {
    const documents = parseAllDocuments(text, { uniqueKeys: true });
    const list = Array.isArray(documents) ? documents : [documents];
    const values: unknown[] = [];
    for (const document of list) {
      if (document.errors.length > 0) {
        return {
          ok: false,
          problems: [
            `${label}: neither JSON nor valid YAML: ${describe(
              document.errors[0],
            )}`,
          ],
        };
      }
      const value = document.toJS({ maxAliasCount: MAX_YAML_ALIASES });
      // `---` at the end of a file gives an empty document.
      if (value !== null && value !== undefined) values.push(value);
    }
    if (values.length === 0) {
      return { ok: false, problems: [`${label}: the file holds no report`] };
    }
    return readSecurityDocuments(values, label);
  } catch (error) {
    if (error instanceof RangeError) {
      return { ok: false, problems: [`${label}: nested too deeply to read`] };
    }
    return {
      ok: false,
      problems: [`${label}: neither JSON nor valid YAML: ${describe(error)}`],
    };
  }
}
