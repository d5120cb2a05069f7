import { useTheme } from '@material-ui/core/styles';
import { DeviationTrendPoint } from '../security';

const width = 240;
const height = 40;
const pad = 4;

/**
 * The open deviations at the end of each week, oldest left, in the style of the conformance
 * history: one dot per week, higher with more open, joined by a line.
 */
export function TrendSparkline(props: { trend: DeviationTrendPoint[] }) {
  const { palette } = useTheme();
  const points = [...props.trend].sort((a, b) => a.date.localeCompare(b.date));
  if (points.length === 0) return null;
  const most = Math.max(1, ...points.map(p => p.open));
  const x = (i: number) =>
    points.length === 1
      ? width / 2
      : pad + (i / (points.length - 1)) * (width - 2 * pad);
  const y = (open: number) => height - pad - (open / most) * (height - 2 * pad);
  const xy = points.map((p, i) => [x(i), y(p.open)] as const);
  return (
    <svg
      width={width}
      height={height}
      role="img"
      aria-label={`Open deviations by week: ${points
        .map(p => `${p.date} ${p.open}`)
        .join(', ')}`}
    >
      <polyline
        points={xy.map(p => p.join(',')).join(' ')}
        fill="none"
        stroke={palette.divider}
        strokeWidth={2}
      />
      {points.map((point, i) => (
        <circle
          key={point.date}
          cx={xy[i][0]}
          cy={xy[i][1]}
          r={4}
          fill={point.open === 0 ? palette.success.main : palette.error.main}
        >
          <title>{`${point.date}: ${point.open} open`}</title>
        </circle>
      ))}
    </svg>
  );
}
