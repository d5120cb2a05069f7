import Accordion from '@material-ui/core/Accordion';
import AccordionDetails from '@material-ui/core/AccordionDetails';
import AccordionSummary from '@material-ui/core/AccordionSummary';
import Typography from '@material-ui/core/Typography';
import ExpandMoreIcon from '@material-ui/icons/ExpandMore';
import { ConformanceFailure } from '@mpk-portal/plugin-mpk-common';

/** The failed specs of a run, each opening to its message. */
export function FailuresList(props: {
  failures: ConformanceFailure[];
  failedCount: number;
}) {
  const { failures, failedCount } = props;
  return (
    <div aria-label="Failed specs">
      {failures.map((failure, index) => (
        <Accordion key={index} TransitionProps={{ unmountOnExit: true }}>
          <AccordionSummary expandIcon={<ExpandMoreIcon />}>
            <Typography variant="body2">{failure.name}</Typography>
          </AccordionSummary>
          <AccordionDetails>
            <Typography
              variant="body2"
              component="pre"
              style={{ whiteSpace: 'pre-wrap', margin: 0 }}
            >
              {failure.message || 'No message was reported.'}
            </Typography>
          </AccordionDetails>
        </Accordion>
      ))}
      {failedCount > failures.length && (
        <Typography variant="caption" color="textSecondary">
          {failedCount - failures.length} more failed specs are counted but not
          listed.
        </Typography>
      )}
    </div>
  );
}
