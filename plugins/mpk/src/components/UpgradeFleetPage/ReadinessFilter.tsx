import TextField from '@material-ui/core/TextField';
import { FleetReadinessFilter } from '../../api';

const choices: { value: FleetReadinessFilter | ''; label: string }[] = [
  { value: '', label: 'All' },
  { value: 'ready', label: 'Ready' },
  { value: 'blocked', label: 'Blocked' },
];

/** Reads the readiness filter from its URL parameter; anything else selects every cluster. */
export function parseReadinessFilter(
  value: string | null,
): FleetReadinessFilter | undefined {
  return value === 'ready' || value === 'blocked' ? value : undefined;
}

/** All clusters, those ready for their next version, or those blocked. */
export function ReadinessFilter(props: {
  value?: FleetReadinessFilter;
  onChange(value?: FleetReadinessFilter): void;
}) {
  const { value, onChange } = props;
  return (
    <TextField
      select
      id="fleet-readiness-filter"
      fullWidth
      variant="outlined"
      size="small"
      label="Readiness"
      SelectProps={{ native: true }}
      InputLabelProps={{ shrink: true }}
      value={value ?? ''}
      onChange={event =>
        onChange(parseReadinessFilter(event.target.value as string))
      }
    >
      {choices.map(choice => (
        <option key={choice.value} value={choice.value}>
          {choice.label}
        </option>
      ))}
    </TextField>
  );
}
