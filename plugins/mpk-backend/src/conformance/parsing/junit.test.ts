import { InputError } from '@backstage/errors';
import { fixtureBytes, streamOf } from './__testUtils__/fixtures';
import { parseJunitStream } from './junit';

const ginkgoV2 = (
  testcases: string,
  properties = '',
) => `<?xml version="1.0" encoding="UTF-8"?>
  <testsuites tests="9" disabled="0" errors="0" failures="0" time="12.5">
    <testsuite name="Kubernetes e2e suite" package="/usr/local/bin" tests="9" time="12.5" timestamp="2025-03-14T13:01:29">
      <properties>${properties}</properties>
${testcases}
    </testsuite>
  </testsuites>`;

const syncBefore = (status = 'passed', body = '') =>
  `<testcase name="[SynchronizedBeforeSuite]" classname="Kubernetes e2e suite" status="${status}" time="41.05">${body}</testcase>`;

function parse(xml: string, chunkSize?: number) {
  return parseJunitStream(streamOf(xml, chunkSize));
}

describe('parseJunitStream', () => {
  describe('suite-level nodes', () => {
    it('counts 2 specs next to 3 [SynchronizedBeforeSuite] of a parallel run', async () => {
      const counts = await parse(
        ginkgoV2(`
          ${syncBefore()}
          ${syncBefore()}
          <testcase name="[It] [sig-apps] one [Conformance]" status="passed" time="3"></testcase>
          ${syncBefore()}
          <testcase name="[It] [sig-node] two [Conformance]" status="passed" time="4"></testcase>`),
      );
      expect(counts).toMatchObject({
        passed: 2,
        failed: 0,
        skipped: 0,
        suiteNodes: 3,
        testcases: 5,
        failureCount: 0,
        failures: [],
      });
    });

    it('fails the run when a [SynchronizedBeforeSuite] failed, naming it', async () => {
      const counts = await parse(
        ginkgoV2(`
          ${syncBefore()}
          ${syncBefore(
            'failed',
            '<failure message="" type="failed">[FAILED] no nodes are ready&#xA;In [SynchronizedBeforeSuite] at: e2e.go:77</failure>',
          )}
          <testcase name="[It] [sig-apps] one [Conformance]" status="skipped"><skipped message="skipped"/></testcase>
          <testcase name="[It] [sig-node] two [Conformance]" status="skipped"><skipped message="skipped"/></testcase>`),
      );
      expect(counts).toMatchObject({
        passed: 0,
        failed: 0,
        skipped: 2,
        suiteNodes: 2,
        failureCount: 1,
        failures: [
          {
            name: '[SynchronizedBeforeSuite]',
            message:
              '[FAILED] no nodes are ready\nIn [SynchronizedBeforeSuite] at: e2e.go:77',
          },
        ],
      });
    });

    it.each([
      '[ReportBeforeSuite]',
      '[ReportAfterSuite] Kubernetes e2e suite report',
      '[SynchronizedAfterSuite]',
      '[BeforeSuite]',
      '[AfterSuite]',
      '[DeferCleanup (Suite)]',
      'BeforeSuite',
      'AfterSuite',
    ])('does not count %s as a spec', async name => {
      const counts = await parse(
        ginkgoV2(`<testcase name="${name}" status="passed"></testcase>
          <testcase name="[It] a spec" status="passed"></testcase>`),
      );
      expect(counts).toMatchObject({ passed: 1, suiteNodes: 1 });
    });

    it.each([
      '[It] [sig-api-machinery] BeforeSuite hooks should run',
      '[sig-node] AfterSuite-like cleanup',
      '[BeforeEach] something',
    ])('counts %s as a spec', async name => {
      const counts = await parse(
        ginkgoV2(`<testcase name="${name}" status="passed"></testcase>`),
      );
      expect(counts).toMatchObject({ passed: 1, suiteNodes: 0 });
    });
  });

  describe('outcomes', () => {
    it('reads the Ginkgo v2 status attribute', async () => {
      const statuses = [
        'passed',
        'passed',
        'skipped',
        'pending',
        'failed',
        'panicked',
        'timedout',
        'interrupted',
        'aborted',
      ];
      const counts = await parse(
        ginkgoV2(
          statuses
            .map(
              (status, i) =>
                `<testcase name="[It] spec ${i}" status="${status}"></testcase>`,
            )
            .join('\n'),
        ),
      );
      expect(counts).toMatchObject({
        passed: 2,
        skipped: 1,
        pending: 1,
        failed: 5,
        failureCount: 5,
      });
      expect(counts.failures.map(failure => failure.message)).toEqual(
        Array(5).fill('(the junit report gives no failure message)'),
      );
    });

    it('reads Ginkgo v1 and generic junit from the child elements', async () => {
      const counts =
        await parse(`<testsuite tests="4" failures="1" errors="1" time="7267.419">
        <testcase name="[sig-storage] skipped one" time="0"><skipped></skipped></testcase>
        <testcase name="[sig-apps] passing one" time="3"></testcase>
        <testcase name="[sig-apps] failing one" time="3"><failure type="Failure">boom</failure><system-out>log</system-out></testcase>
        <testcase name="[sig-apps] erroring one" time="3"><error message="panic: nil map"/></testcase>
      </testsuite>`);
      expect(counts).toMatchObject({
        passed: 1,
        skipped: 1,
        failed: 2,
        failures: [
          { name: '[sig-apps] failing one', message: 'boom' },
          { name: '[sig-apps] erroring one', message: 'panic: nil map' },
        ],
        declaredTests: 4,
      });
      expect(counts.timestamp).toBeUndefined();
      expect(counts.time).toBeUndefined();
    });

    it('counts a spec with a <failure> as failed whatever its status says', async () => {
      const counts = await parse(
        ginkgoV2(
          '<testcase name="[It] odd" status="passed"><failure message="it did fail"/></testcase>',
        ),
      );
      expect(counts).toMatchObject({ passed: 0, failed: 1 });
    });

    it('keeps duplicate spec names, as Ginkgo counts them', async () => {
      const same =
        '<testcase name="[It] [sig-storage] same name" status="skipped"><skipped message="skipped"/></testcase>';
      const counts = await parse(ginkgoV2(same + same + same));
      expect(counts.skipped).toBe(3);
    });
  });

  describe('failure messages', () => {
    it('prefers the message attribute, then the element text, and ignores <system-err>', async () => {
      const counts = await parse(
        ginkgoV2(`
          <testcase name="[It] a" status="failed"><failure message="from the attribute" type="failed">from the body</failure></testcase>
          <testcase name="[It] b" status="failed">
            <failure message="" type="failed">
              [FAILED] from the body &lt;int&gt;: 1&#xA;In [It] at: x.go:1
            </failure>
            <system-err>&gt; Enter [It] b - a long timeline</system-err>
          </testcase>
          <testcase name="[It] c" status="failed"><failure><![CDATA[from <cdata>]]></failure></testcase>`),
      );
      expect(counts.failures).toEqual([
        { name: '[It] a', message: 'from the attribute' },
        {
          name: '[It] b',
          message: '[FAILED] from the body <int>: 1\nIn [It] at: x.go:1',
        },
        { name: '[It] c', message: 'from <cdata>' },
      ]);
    });

    it('keeps at most 4,000 characters of a message, marking the cut', async () => {
      const long = 'x'.repeat(10_000);
      const counts = await parse(
        ginkgoV2(`
          <testcase name="[It] body" status="failed"><failure message="">${long}</failure></testcase>
          <testcase name="[It] attribute" status="failed"><failure message="${long}"/></testcase>
          <testcase name="[It] exact" status="failed"><failure>${'y'.repeat(
            4000,
          )}</failure></testcase>`),
        1000,
      );
      const [body, attribute, exact] = counts.failures.map(f => f.message);
      expect(body).toHaveLength(4000);
      expect(body.endsWith('x…')).toBe(true);
      expect(attribute).toHaveLength(4000);
      expect(attribute.endsWith('x…')).toBe(true);
      expect(exact).toBe('y'.repeat(4000));
    });

    it('stores 1,000 failures and counts all of them', async () => {
      const failing = Array.from(
        { length: 1234 },
        (_, i) =>
          `<testcase name="[It] spec ${i}" status="failed"><failure message="m${i}"/></testcase>`,
      ).join('\n');
      const counts = await parse(ginkgoV2(failing));
      expect(counts.failed).toBe(1234);
      expect(counts.failureCount).toBe(1234);
      expect(counts.failures).toHaveLength(1000);
      expect(counts.failures[999]).toEqual({
        name: '[It] spec 999',
        message: 'm999',
      });
    });

    it('refuses a failure text of more than 8 MiB rather than hold it', async () => {
      const huge = `<testcase name="[It] flood" status="failed"><failure>${'z'.repeat(
        9 * 1024 * 1024,
      )}</failure></testcase>`;
      await expect(parse(ginkgoV2(huge))).rejects.toThrow(
        'results: a <failure> of "[It] flood" holds more than 8 MiB of text',
      );
    });
  });

  describe('suite facts', () => {
    it('reads timestamp, time, tests and SuiteSucceeded', async () => {
      const counts = await parse(
        ginkgoV2(
          '<testcase name="[It] a" status="passed"></testcase>',
          '<property name="SuiteSucceeded" value="false"></property><property name="SpecialSuiteFailureReason" value="Interrupted by User"></property>',
        ),
      );
      expect(counts).toMatchObject({
        timestamp: '2025-03-14T13:01:29',
        time: 12.5,
        declaredTests: 9,
        suiteSucceeded: false,
      });
    });

    it("adds up the testsuites of a report without <testsuites tests>, like Sonobuoy's junit_multiple_suites.xml", async () => {
      const counts = await parseJunitStream(
        streamOf(fixtureBytes('junit_multiple_suites.xml')),
      );
      // item_multiple_suites.json: two testsuites of one skipped leaf each
      expect(counts).toMatchObject({
        passed: 0,
        skipped: 2,
        failed: 0,
        declaredTests: 248,
      });
    });

    it("agrees with Sonobuoy's own reading of junit_good_junit.xml", async () => {
      interface Item {
        name: string;
        status: string;
        details?: { failure?: string };
        items?: Item[];
      }
      const item: Item = JSON.parse(
        fixtureBytes('item_good_junit.json').toString('utf8'),
      );
      const leaves = (node: Item): Item[] =>
        node.items ? node.items.flatMap(leaves) : [node];
      const expected = leaves(item);
      const count = (status: string) =>
        expected.filter(leaf => leaf.status === status).length;

      const counts = await parseJunitStream(
        streamOf(fixtureBytes('junit_good_junit.xml'), 512),
      );
      expect(counts).toMatchObject({
        passed: count('passed'),
        failed: count('failed'),
        skipped: count('skipped'),
      });
      expect(counts.passed + counts.failed + counts.skipped).toBe(12);
      // XML turns a line break inside an attribute into a space, which Go
      // does not: compare the words
      const words = (text: string) => text.replace(/\s+/g, ' ').trim();
      expect(
        counts.failures.map(f => ({ name: f.name, message: words(f.message) })),
      ).toEqual(
        expected
          .filter(leaf => leaf.status === 'failed')
          .map(leaf => ({
            name: leaf.name,
            message: words(leaf.details?.failure ?? ''),
          })),
      );
    });
  });

  describe('refuses', () => {
    it.each([
      [
        'plain text',
        'hello, this is not a report',
        'text data outside of root node at line 1',
      ],
      [
        'an HTML error page',
        '<html><body><p>502 Bad Gateway</body></html>',
        'unexpected close tag at line 1',
      ],
      [
        'XML cut short',
        '<testsuites>\n<testsuite>\n<testcase name="a">',
        'unclosed tag: testcase at line 3',
      ],
      ['JSON', '{"tests": 3}', 'text data outside of root node at line 1'],
    ])('%s, as not XML', async (_what, text, reason) => {
      const input = streamOf(text);
      const error = await parseJunitStream(input).catch(e => e);
      expect(error).toBeInstanceOf(InputError);
      expect(error.message).toBe(`results: not XML: ${reason}`);
      expect(input.destroyed).toBe(true);
    });

    it('XML without any testcase', async () => {
      const error = await parse(
        '<?xml version="1.0"?><testsuites tests="0"><testsuite name="empty"/></testsuites>',
      ).catch(e => e);
      expect(error).toBeInstanceOf(InputError);
      expect(error.message).toBe(
        'results: the XML has no test cases; expected a junit report of the e2e conformance suite',
      );
    });

    it('with the part it was told', async () => {
      await expect(
        parseJunitStream(streamOf('nope'), { part: 'log' }),
      ).rejects.toThrow(
        'log: not XML: text data outside of root node at line 1',
      );
    });
  });

  it('reads a report with a byte order mark, split inside multi-byte characters', async () => {
    const xml = `\uFEFF${ginkgoV2(
      '<testcase name="[It] café – ünïcode ✓" status="failed"><failure>é✓</failure></testcase>',
    )}`;
    const counts = await parse(xml, 3);
    expect(counts.failures).toEqual([
      { name: '[It] café – ünïcode ✓', message: 'é✓' },
    ]);
  });
});
