import Checkbox from '@material-ui/core/Checkbox';
import ListItemText from '@material-ui/core/ListItemText';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';

/** A labelled drop-down of checkable options. */
export function MultiSelectFilter<T extends string>(props: {
  /** names the field for assistive technology, which reads its label through the id */
  id: string;
  label: string;
  options: T[];
  selected: T[];
  onChange(selected: T[]): void;
  optionLabel?(option: T): string;
}) {
  const {
    id,
    label,
    options,
    selected,
    onChange,
    optionLabel = String,
  } = props;
  return (
    <TextField
      select
      id={id}
      fullWidth
      variant="outlined"
      size="small"
      label={label}
      value={selected}
      onChange={event => onChange(event.target.value as unknown as T[])}
      SelectProps={{
        multiple: true,
        renderValue: value => (value as T[]).map(optionLabel).join(', '),
      }}
    >
      {options.map(option => (
        <MenuItem key={option} value={option} dense>
          <Checkbox checked={selected.includes(option)} size="small" />
          <ListItemText primary={optionLabel(option)} />
        </MenuItem>
      ))}
    </TextField>
  );
}
