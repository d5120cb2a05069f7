import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import { CatalogCustomer } from './useCustomers';

/** A drop-down of the catalog's customers, by title; the value is the customer's name. */
export function CustomerPicker(props: {
  /** names the field for assistive technology, which reads its label through the id */
  id: string;
  customers: CatalogCustomer[];
  customer?: string;
  onChange(customer: string): void;
}) {
  const { id, customers, customer, onChange } = props;
  return (
    <TextField
      select
      id={id}
      label="Customer"
      value={customer ?? ''}
      onChange={event => onChange(event.target.value)}
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
  );
}
