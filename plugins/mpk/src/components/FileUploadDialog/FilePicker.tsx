import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';

/** A labelled file input; `onChange` gets the chosen file, or undefined when none is. */
export function FilePicker(props: {
  id: string;
  label: string;
  /** the file types offered, as the input's `accept` */
  accept: string;
  onChange(file?: File): void;
}) {
  return (
    <Box mb={2}>
      <Typography variant="subtitle2" component="label" htmlFor={props.id}>
        {props.label}
      </Typography>
      <input
        id={props.id}
        type="file"
        accept={props.accept}
        style={{ display: 'block', marginTop: 4 }}
        onChange={event => props.onChange(event.target.files?.[0])}
      />
    </Box>
  );
}
