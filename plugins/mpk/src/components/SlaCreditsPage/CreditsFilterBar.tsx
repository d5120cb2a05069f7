import Box from '@material-ui/core/Box';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';

/** The customer and month the credits view shows. */
export function CreditsFilterBar(props: {
  customers: { name: string; title: string }[];
  customer?: string;
  month?: string;
  onChange(selection: { customer?: string; month?: string }): void;
}) {
  const { customers, customer, month, onChange } = props;
  return (
    <Box display="flex" flexWrap="wrap" style={{ gap: 16 }}>
      <TextField
        select
        id="mpk-credits-customer"
        label="Customer"
        value={customer ?? ''}
        onChange={event => onChange({ customer: event.target.value, month })}
        variant="outlined"
        size="small"
        style={{ minWidth: 220 }}
      >
        {customers.map(c => (
          <MenuItem key={c.name} value={c.name}>
            {c.title}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        id="mpk-credits-month"
        label="Month"
        type="month"
        value={month ?? ''}
        onChange={event =>
          onChange({ customer, month: event.target.value || undefined })
        }
        variant="outlined"
        size="small"
        InputLabelProps={{ shrink: true }}
      />
    </Box>
  );
}
