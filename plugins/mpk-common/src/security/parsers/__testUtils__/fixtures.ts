import { readFileSync } from 'fs';
import { join } from 'path';
import { parseAllDocuments } from 'yaml';
import {
  ParsedSecurityReport,
  SecurityReportParseResult,
} from '../../securityModel';
import { parseSecurityDocument } from '../parseSecurityDocument';
import { parseSecurityFile } from '../parseSecurityFile';

/** The text of a file of `__fixtures__`. */
export function fixtureText(name: string): string {
  return readFileSync(join(__dirname, '..', '__fixtures__', name), 'utf8');
}

/** The parsed documents of a fixture: JSON, or every document of a YAML file. */
export function fixtureDocuments(name: string): unknown[] {
  const text = fixtureText(name);
  if (/\.ya?ml$/.test(name)) {
    return parseAllDocuments(text).map(doc => {
      if (doc.errors.length > 0) throw new Error(doc.errors.join('; '));
      return doc.toJS();
    });
  }
  return [JSON.parse(text)];
}

/**
 * A fixture read as the portal reads it: a JSON file through parseSecurityFile, a YAML file
 * (which the package does not parse at run time) document by document through
 * parseSecurityDocument, the results joined.
 */
export function parseFixture(name: string): SecurityReportParseResult {
  if (!/\.ya?ml$/.test(name)) {
    return parseSecurityFile(fixtureText(name), name);
  }
  const reports: ParsedSecurityReport[] = [];
  const problems: string[] = [];
  for (const doc of fixtureDocuments(name)) {
    const result = parseSecurityDocument(doc);
    if (result.ok) reports.push(...result.reports);
    else problems.push(...result.problems);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, reports };
}

/** The reports of a fixture that must read without problems. */
export function fixtureReports(name: string): ParsedSecurityReport[] {
  const result = parseFixture(name);
  if (!result.ok) {
    throw new Error(`${name}: ${result.problems.join('\n')}`);
  }
  return result.reports;
}

/** The problems of a fixture that must not read. */
export function fixtureProblems(name: string): string[] {
  const result = parseFixture(name);
  if (result.ok) throw new Error(`${name} read without problems`);
  return result.problems;
}
