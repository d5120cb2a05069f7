import { kubeletVersionLines, serverVersionLine } from './kubernetesApiFacts';
import recordedNodes from './__fixtures__/nodes.json';
import recordedVersion from './__fixtures__/version.json';

describe('serverVersionLine', () => {
  it('reads a recorded /version answer', () => {
    expect(serverVersionLine(recordedVersion)).toBe('1.19');
  });

  it('reads the minor of an EKS-style answer', () => {
    expect(
      serverVersionLine({
        ...recordedVersion,
        minor: '35+',
        gitVersion: 'v1.35.2-eks-1c7e2b0',
      }),
    ).toBe('1.35');
  });

  it('falls back to gitVersion, and gives up on nonsense', () => {
    expect(serverVersionLine({ gitVersion: 'v1.34.3-gke.100' })).toBe('1.34');
    expect(
      serverVersionLine({ kind: 'Status', status: 'Failure' }),
    ).toBeUndefined();
    expect(serverVersionLine(undefined)).toBeUndefined();
  });
});

describe('kubeletVersionLines', () => {
  it('reads the kubelet versions of a recorded /api/v1/nodes answer', () => {
    expect(kubeletVersionLines(recordedNodes)).toEqual(['1.19']);
  });

  it('lists each version once', () => {
    const node = recordedNodes.items[0];
    const lagging = {
      ...node,
      status: {
        ...node.status,
        nodeInfo: { ...node.status.nodeInfo, kubeletVersion: 'v1.18.20' },
      },
    };
    expect(kubeletVersionLines({ items: [node, lagging, node] })).toEqual([
      '1.19',
      '1.18',
    ]);
  });
});
