import fc from 'fast-check';
import { allowedKubeletSkew, versionSkewReadiness } from './versionSkew';

function check(controlPlane: string, targetVersion: string, nodes: string[]) {
  return versionSkewReadiness({
    controlPlane,
    targetVersion,
    nodeVersions: nodes,
    evidence: 'catalog',
  });
}

describe('allowedKubeletSkew', () => {
  it.each([
    ['1.24', 2],
    ['1.25', 3],
    ['1.35', 3],
    ['1.9', 2],
    ['v1.26.3-eks-1234', 3],
  ])('%s: %d', (line, allowed) => {
    expect(allowedKubeletSkew(line)).toBe(allowed);
  });
});

describe('versionSkewReadiness', () => {
  it('blocks nodes too far behind the target, saying how far to upgrade them', () => {
    expect(check('1.34', '1.35', ['1.31', '1.31.4', '1.34'])).toEqual({
      blockers: [
        {
          source: 'version-skew',
          message:
            'Worker nodes on 1.31 would be 4 minor versions behind a 1.35 control plane; the skew policy allows 3',
          remedy:
            'Upgrade those nodes to 1.32 or later before upgrading the control plane',
          evidence: 'catalog',
        },
      ],
      warnings: [],
    });
  });

  it('warns about nodes exactly as far behind as allowed', () => {
    expect(
      versionSkewReadiness({
        controlPlane: 'v1.34.2',
        targetVersion: '1.35',
        nodeVersions: ['v1.32.9-eks-113cf36', '1.33'],
        evidence: 'live: Kubernetes API',
      }),
    ).toEqual({
      blockers: [],
      warnings: [
        {
          source: 'version-skew',
          message:
            'Worker nodes on 1.32 will be 3 minor versions behind a 1.35 control plane, the most the skew policy allows',
          remedy:
            'Upgrade those nodes to 1.33 or later before the control plane goes past 1.35: the next upgrade will need them upgraded first',
          evidence: 'live: Kubernetes API',
        },
      ],
    });
  });

  it('blocks nodes newer than the control plane', () => {
    const { blockers } = check('1.34', '1.35', ['1.35']);
    expect(blockers.map(b => b.message)).toEqual([
      'Worker nodes on 1.35 are newer than the 1.34 control plane; the skew policy never allows a kubelet newer than the API server',
    ]);
    expect(blockers[0].remedy).toBe(
      'Replace those nodes with nodes on 1.34 or older, or correct the recorded versions if they are wrong',
    );
  });

  // Each row: control plane, target, node lines, blocker lines, warning lines.
  it.each([
    ['1.35', '1.36', ['1.35'], [], []],
    ['1.35', '1.36', ['1.34', '1.35'], [], []],
    ['1.35', '1.36', ['1.33'], [], ['1.33']],
    ['1.35', '1.36', ['1.32', '1.33'], ['1.32'], ['1.33']],
    // Before 1.25 kubelets only get two versions: 1.24 three behind a 1.27 API server blocks.
    ['1.26', '1.27', ['1.24'], ['1.24'], []],
    ['1.26', '1.27', ['1.25'], [], []],
    ['1.27', '1.28', ['1.25'], [], ['1.25']],
    ['1.23', '1.24', ['1.22'], [], ['1.22']],
    ['1.23', '1.24', ['1.21'], ['1.21'], []],
    ['1.35', '1.36', [], [], []],
  ])(
    '%s to %s with nodes on %j',
    (controlPlane, target, nodes, blockedLines, warnedLines) => {
      const findings = check(controlPlane, target, nodes);
      expect(
        findings.blockers.map(b => /Worker nodes on (\S+)/.exec(b.message)![1]),
      ).toEqual(blockedLines);
      expect(
        findings.warnings.map(w => /Worker nodes on (\S+)/.exec(w.message)![1]),
      ).toEqual(warnedLines);
    },
  );

  it('names the oldest acceptable line by the older two-version allowance', () => {
    expect(check('1.26', '1.27', ['1.23'])).toMatchObject({
      blockers: [
        {
          message:
            'Worker nodes on 1.23 would be 4 minor versions behind a 1.27 control plane; the skew policy allows 2',
          remedy:
            'Upgrade those nodes to 1.25 or later before upgrading the control plane',
        },
      ],
    });
  });

  it('warns instead of guessing when a version cannot be read', () => {
    expect(check('1.35', 'latest', ['1.34'])).toEqual({
      blockers: [],
      warnings: [
        expect.objectContaining({
          message:
            'The version skew of the worker nodes was not checked: "latest" is not a Kubernetes version',
        }),
      ],
    });
    expect(check('1.35', '1.36', ['unknown', '1.35']).warnings).toEqual([
      expect.objectContaining({
        message:
          'The version skew of nodes reporting "unknown" was not checked: not a Kubernetes version',
      }),
    ]);
  });

  describe('properties', () => {
    const minor = fc.integer({ min: 15, max: 40 });
    const line = (m: number) => `1.${m}`;
    const tooFarBehind = (node: number, target: number) =>
      target - node > (node >= 25 ? 3 : 2);

    it('finds a blocker exactly when a node is newer than the control plane or too far behind the target', () => {
      fc.assert(
        fc.property(
          minor,
          fc.integer({ min: 0, max: 2 }),
          fc.array(fc.integer({ min: 5, max: 45 }), { maxLength: 6 }),
          (controlPlane, step, nodes) => {
            const target = controlPlane + step;
            const findings = check(
              line(controlPlane),
              line(target),
              nodes.map(line),
            );
            const expected = nodes.some(
              node => node > controlPlane || tooFarBehind(node, target),
            );
            expect(findings.blockers.length > 0).toBe(expected);
            for (const item of [...findings.blockers, ...findings.warnings]) {
              expect(item.source).toBe('version-skew');
            }
          },
        ),
      );
    });

    it('finds nothing when the nodes match the control plane and the target is the next minor', () => {
      fc.assert(
        fc.property(
          minor,
          fc.integer({ min: 1, max: 5 }),
          (controlPlane, count) => {
            expect(
              check(
                line(controlPlane),
                line(controlPlane + 1),
                Array(count).fill(line(controlPlane)),
              ),
            ).toEqual({ blockers: [], warnings: [] });
          },
        ),
      );
    });

    it('never removes a too-far-behind blocker when a node gets older', () => {
      const behindBlockers = (findings: ReturnType<typeof check>) =>
        findings.blockers.filter(b => b.message.includes('behind')).length;
      fc.assert(
        fc.property(
          minor,
          fc.array(fc.integer({ min: 5, max: 45 }), {
            minLength: 1,
            maxLength: 6,
          }),
          fc.nat(),
          fc.integer({ min: 1, max: 5 }),
          (controlPlane, nodes, pick, by) => {
            const target = controlPlane + 1;
            const index = pick % nodes.length;
            const older = nodes.map((node, i) =>
              i === index ? node - by : node,
            );
            const before = behindBlockers(
              check(line(controlPlane), line(target), nodes.map(line)),
            );
            const after = behindBlockers(
              check(line(controlPlane), line(target), older.map(line)),
            );
            expect(before === 0 || after > 0).toBe(true);
            // The node made older stays blocked if it was.
            const blockedLines = (findings: ReturnType<typeof check>) =>
              findings.blockers
                .filter(b => b.message.includes('behind'))
                .map(b => /Worker nodes on (\S+)/.exec(b.message)![1]);
            const wasBlocked = blockedLines(
              check(line(controlPlane), line(target), nodes.map(line)),
            ).includes(line(nodes[index]));
            const isBlocked = blockedLines(
              check(line(controlPlane), line(target), older.map(line)),
            ).includes(line(older[index]));
            expect(!wasBlocked || isBlocked).toBe(true);
          },
        ),
      );
    });
  });
});
