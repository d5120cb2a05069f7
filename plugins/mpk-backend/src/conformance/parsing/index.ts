export { parseResultsUpload, reconcileWithLog } from './detect';
export type { ParsedResults } from './detect';
export { parseE2eLogSummary } from './e2eLog';
export type { E2eLogSummary } from './e2eLog';
export { junitFinishedAt } from './finishedAt';
export { parseJunitStream } from './junit';
export type { JunitParseOptions } from './junit';
export type { JunitCounts, ResultFailure } from './junitCounts';
export {
  DEFAULT_RESULT_LIMITS,
  MAX_FAILURE_MESSAGE_CHARS,
  MAX_STORED_FAILURES,
} from './limits';
export type { ResultLimits } from './limits';
export { readSonobuoyTarball } from './sonobuoyTarball';
export type { SonobuoyResults } from './sonobuoyTarball';
