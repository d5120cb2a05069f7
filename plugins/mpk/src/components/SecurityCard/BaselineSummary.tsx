import Typography from '@material-ui/core/Typography';
import { ClusterSecurity } from '../security';

function Line(props: { label: string; items: string[] }) {
  if (props.items.length === 0) return null;
  return (
    <Typography variant="body2">
      {props.label}: {props.items.join('; ')}
    </Typography>
  );
}

/** What the customer agreed as its security baseline, in words; or that nothing is agreed. */
export function BaselineSummary(props: {
  baseline: ClusterSecurity['baseline'];
}) {
  const { baseline } = props;
  if (!baseline) {
    return (
      <Typography variant="body2" color="textSecondary">
        No security baseline is agreed with this customer: scan results are
        shown, but nothing counts as a deviation.
      </Typography>
    );
  }
  return (
    <div aria-label="Baseline">
      <Typography variant="subtitle2" component="p">
        {baseline.title}
      </Typography>
      <Line label="Benchmarks" items={baseline.benchmarks} />
      <Line label="Policy sets" items={baseline.policySets} />
      <Line
        label="Vulnerability thresholds"
        items={baseline.vulnerabilityThresholds}
      />
    </div>
  );
}
