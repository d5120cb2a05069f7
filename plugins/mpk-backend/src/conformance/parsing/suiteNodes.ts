/**
 * Ginkgo v2 reports its suite-level nodes as testcases named after the node
 * type, e.g. `[SynchronizedBeforeSuite]` or `[ReportAfterSuite] Kubernetes e2e
 * suite report`, once per parallel process for the synchronized ones. Ginkgo
 * v1 only reports a failed `BeforeSuite` or `AfterSuite`, without brackets.
 * None of them is a spec: the e2e.log counts leave them out.
 */
const suiteNodeName =
  /^(?:\[(?:SynchronizedBeforeSuite|SynchronizedAfterSuite|BeforeSuite|AfterSuite|ReportBeforeSuite|ReportAfterSuite|DeferCleanup \(Suite\))\]|BeforeSuite|AfterSuite)(?:\s|$)/;

/** Whether a junit testcase name is a suite-level node rather than a spec. */
export function isSuiteNode(testcaseName: string): boolean {
  return suiteNodeName.test(testcaseName);
}
