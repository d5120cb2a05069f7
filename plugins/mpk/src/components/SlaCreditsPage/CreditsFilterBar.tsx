import Box from '@material-ui/core/Box';
import TextField from '@material-ui/core/TextField';
import { CatalogCustomer, CustomerPicker } from '../CustomerPicker';

/** The customer and month the credits view shows. */
export function CreditsFilterBar(props: {
  customers: CatalogCustomer[];
  customer?: string;
  month?: string;
  onChange(selection: { customer?: string; month?: string }): void;
}) {
  const { customers, customer, month, onChange } = props;
  return (
    <Box display="flex" flexWrap="wrap" style={{ gap: 16 }}>
      <CustomerPicker
        id="mpk-credits-customer"
        customers={customers}
        customer={customer}
        onChange={next => onChange({ customer: next, month })}
      />
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
