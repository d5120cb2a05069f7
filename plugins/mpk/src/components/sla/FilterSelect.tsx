import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';

/** A small select of one filter's value; its button reads "<label> <value>". */
export function FilterSelect<T extends string>(props: {
  id: string;
  label: string;
  value: T;
  options: readonly T[];
  onChange(value: T): void;
}) {
  return (
    <TextField
      select
      id={props.id}
      label={props.label}
      value={props.value}
      onChange={event => props.onChange(event.target.value as T)}
      variant="outlined"
      size="small"
      style={{ minWidth: 160 }}
    >
      {props.options.map(option => (
        <MenuItem key={option} value={option}>
          {option}
        </MenuItem>
      ))}
    </TextField>
  );
}
