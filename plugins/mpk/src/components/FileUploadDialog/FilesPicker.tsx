import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';

/** A labelled file input taking several files; `onChange` gets those chosen, none when cleared. */
export function FilesPicker(props: {
  id: string;
  label: string;
  /** the file types offered, as the input's `accept` */
  accept: string;
  files: File[];
  onChange(files: File[]): void;
}) {
  const { id, label, accept, files, onChange } = props;
  return (
    <Box mb={2}>
      <Typography variant="subtitle2" component="label" htmlFor={id}>
        {label}
      </Typography>
      <input
        id={id}
        type="file"
        multiple
        accept={accept}
        style={{ display: 'block', marginTop: 4 }}
        onChange={event => onChange([...(event.target.files ?? [])])}
      />
      {files.length > 1 && (
        <Typography variant="caption" color="textSecondary">
          {files.length} files: {files.map(file => file.name).join(', ')}
        </Typography>
      )}
    </Box>
  );
}
