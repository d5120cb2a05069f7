import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import { useTheme } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';
import {
  TicketComment,
  TicketCommentSide,
} from '@mpk-portal/plugin-mpk-common';
import { formatInstant } from '../sla/ticketWording';
import { sideLabels } from './supportWording';

/** One comment: who wrote it for which side, when, and its text as written. */
function Comment(props: { comment: TicketComment }) {
  const { comment } = props;
  const { palette } = useTheme();
  const colors: Record<TicketCommentSide, string> = {
    customer: palette.info.main,
    provider: palette.success.main,
    service: palette.grey[500],
  };
  return (
    <Box
      component="li"
      aria-label={`${comment.authorName}, ${sideLabels[comment.side]}`}
      data-side={comment.side}
      mb={2}
      pl={2}
      py={1}
      ml={comment.side === 'provider' ? 4 : 0}
      mr={comment.side === 'customer' ? 4 : 0}
      style={{
        borderLeft: `4px solid ${colors[comment.side]}`,
        backgroundColor:
          comment.side === 'service' ? palette.action.hover : undefined,
        listStyle: 'none',
      }}
    >
      <Box
        display="flex"
        alignItems="center"
        flexWrap="wrap"
        style={{ gap: 8 }}
        mb={0.5}
      >
        <Typography variant="subtitle2" component="span">
          {comment.authorName}
        </Typography>
        <Typography variant="caption" color="textSecondary">
          {sideLabels[comment.side]} · {formatInstant(comment.createdAt)}
        </Typography>
        {comment.countsAsResponse && (
          <Chip
            size="small"
            color="primary"
            variant="outlined"
            label="Initial response"
          />
        )}
      </Box>
      {/* Plain text, as written: React escapes it, and its line breaks are kept. */}
      <Typography
        variant="body2"
        component="div"
        style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
      >
        {comment.body}
      </Typography>
    </Box>
  );
}

/** A ticket's conversation, oldest first; a customer's comments, the provider's and the systems' look different. */
export function Conversation(props: { comments: TicketComment[] }) {
  const { comments } = props;
  if (comments.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No comments yet.
      </Typography>
    );
  }
  return (
    <Box component="ol" aria-label="Conversation" p={0} m={0}>
      {comments.map(comment => (
        <Comment key={comment.id} comment={comment} />
      ))}
    </Box>
  );
}
