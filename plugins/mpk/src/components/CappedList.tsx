import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import { ReactNode, useState } from 'react';

/**
 * The first `limit` items of a list, with a toggle to show all of them: a long list must not push
 * the rest of a card out of sight.
 */
export function CappedList<T>(props: {
  items: T[];
  /** how many to show before "Show all"; 5 unless told */
  limit?: number;
  /** what the items are, for the toggle, e.g. `blockers` */
  noun: string;
  children: (shown: T[]) => ReactNode;
}) {
  const { items, limit = 5, noun, children } = props;
  const [all, setAll] = useState(false);
  const capped = items.length > limit;
  return (
    <>
      {children(capped && !all ? items.slice(0, limit) : items)}
      {capped && (
        <Box>
          <Button size="small" onClick={() => setAll(!all)}>
            {all ? `Show fewer ${noun}` : `Show all ${items.length} ${noun}`}
          </Button>
        </Box>
      )}
    </>
  );
}
