import { useTheme } from '@material-ui/core/styles';
import { ConformanceRun } from '@mpk-portal/plugin-mpk-common';

const width = 240;
const height = 40;
const pad = 4;

/**
 * The runs of a cluster over time, oldest left: one dot per run at its finish date, high when it
 * passed and low when specs failed, joined by a line.
 */
export function HistorySparkline(props: {
  history: Pick<
    ConformanceRun,
    'id' | 'finishedAt' | 'status' | 'kubernetesMinor' | 'failed'
  >[];
}) {
  const { palette } = useTheme();
  const runs = [...props.history].sort((a, b) =>
    a.finishedAt.localeCompare(b.finishedAt),
  );
  if (runs.length === 0) return null;
  const times = runs.map(r => Date.parse(r.finishedAt));
  const [first, last] = [times[0], times[times.length - 1]];
  const x = (t: number) =>
    last === first
      ? width / 2
      : pad + ((t - first) / (last - first)) * (width - 2 * pad);
  const y = (status: string) =>
    status === 'passed' ? pad + 4 : height - pad - 4;
  const points = runs.map((r, i) => [x(times[i]), y(r.status)] as const);
  return (
    <svg
      width={width}
      height={height}
      role="img"
      aria-label={`${runs.length} runs: ${runs
        .map(r => `${r.finishedAt.slice(0, 10)} ${r.status}`)
        .join(', ')}`}
    >
      <polyline
        points={points.map(p => p.join(',')).join(' ')}
        fill="none"
        stroke={palette.divider}
        strokeWidth={2}
      />
      {runs.map((run, i) => (
        <circle
          key={run.id}
          cx={points[i][0]}
          cy={points[i][1]}
          r={4}
          fill={
            run.status === 'passed' ? palette.success.main : palette.error.main
          }
        >
          <title>
            {`${run.finishedAt.slice(0, 10)}, Kubernetes ${
              run.kubernetesMinor
            }: ${run.status === 'passed' ? 'passed' : `${run.failed} failed`}`}
          </title>
        </circle>
      ))}
    </svg>
  );
}
