import { TicketCategory, TicketSeverity } from '@mpk-portal/plugin-mpk-common';

/** The most characters of a ticket's title, after trimming. */
export const TITLE_MAX = 500;
/** The most characters of a ticket's description. */
export const DESCRIPTION_MAX = 20000;

/** What the open-a-ticket form holds. */
export interface TicketDraft {
  cluster: string;
  severity: TicketSeverity | '';
  category: TicketCategory;
  title: string;
  description: string;
}

/** The fields of the form a problem can belong to. */
export type TicketField =
  | 'cluster'
  | 'severity'
  | 'category'
  | 'title'
  | 'description';

const fields: TicketField[] = [
  'cluster',
  'severity',
  'category',
  'title',
  'description',
];

/** The problems of a draft, by field; empty when it can be sent. */
export function draftProblems(
  draft: TicketDraft,
): Partial<Record<TicketField, string>> {
  const problems: Partial<Record<TicketField, string>> = {};
  if (!draft.cluster) problems.cluster = 'Choose the cluster';
  if (!draft.severity) problems.severity = 'Choose a severity';
  const title = draft.title.trim();
  if (!title) problems.title = 'Say in a line what is wrong';
  else if (title.length > TITLE_MAX) {
    problems.title = `At most ${TITLE_MAX} characters (${title.length} now)`;
  }
  if (draft.description.length > DESCRIPTION_MAX) {
    problems.description = `At most ${DESCRIPTION_MAX} characters (${draft.description.length} now)`;
  }
  return problems;
}

/**
 * The problems of a 400 answer, by the field each names: the backend writes them
 * `Invalid ticket: title: too long; cluster: no resource:default/x`. Those of no form field are
 * returned as `other`.
 */
export function serverProblems(message: string): {
  fields: Partial<Record<TicketField, string>>;
  other: string[];
} {
  const result: {
    fields: Partial<Record<TicketField, string>>;
    other: string[];
  } = { fields: {}, other: [] };
  const text = message.replace(/^Invalid [\w ]+: /, '');
  for (const problem of text.split('; ')) {
    const match = /^(\w+)(?:[.[][^:]*)?: ([\s\S]*)$/.exec(problem);
    const field = match?.[1] as TicketField | undefined;
    if (match && field && fields.includes(field)) {
      const known = result.fields[field];
      result.fields[field] = known ? `${known}; ${match[2]}` : match[2];
    } else {
      result.other.push(problem);
    }
  }
  return result;
}
