import { ApiSchemas } from '../../schema/apiSchemas';
import { SecurityBaseline } from './securityBaseline';
import { exceptionState } from './securityExceptions';

/**
 * The exceptions agreed in a baseline file as the API shows them: origin `baseline`, id
 * `baseline:<index>` (its place in the file's list), approved by whom the file says, with its
 * state on `today`.
 * @public
 */
export function baselineExceptionsOf(
  baseline: SecurityBaseline,
  today: string,
): ApiSchemas['SecurityException'][] {
  return baseline.exceptions.map((exception, index) => ({
    id: `baseline:${index}`,
    set: exception.set,
    check: exception.check,
    scope: { ...exception.scope },
    reason: exception.reason,
    approvedBy: exception.approvedBy,
    expires: exception.expires,
    origin: 'baseline',
    state: exceptionState(exception.expires, today),
  }));
}
