import Box from '@material-ui/core/Box';
import { useTheme } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';
import InfoOutlinedIcon from '@material-ui/icons/InfoOutlined';
import WarningIcon from '@material-ui/icons/Warning';
import { MpkPersona, ROLE_TITLES } from '@mpk-portal/plugin-mpk-common';
import { useCustomerTitles } from './useCustomerTitles';
import { usePersona } from './usePersona';
import { joinWords, lowerFirst } from './wording';

type CustomerPersona = Extract<MpkPersona, { kind: 'customer' }>;

/** "You see Acme Corporation's clusters only: you are a customer developer of Acme Corporation." */
export function customerScopeText(persona: CustomerPersona, titles: string[]) {
  const role = lowerFirst(ROLE_TITLES[persona.role]);
  return `You see ${joinWords(
    titles.map(title => `${title}'s`),
  )} clusters only: you are a ${role} of ${joinWords(titles)}.`;
}

/** "The portal does not know your role: …; ask your Engagement Manager." */
export function unknownRoleText(reason: string) {
  return `The portal does not know your role: ${reason}; ask your Engagement Manager.`;
}

function CustomerScope(props: { persona: CustomerPersona }) {
  const { persona } = props;
  const { value: titles } = useCustomerTitles(persona.customers);
  if (!titles) return null;
  return (
    <Box display="flex" alignItems="center" style={{ gap: 8 }} mb={2}>
      <InfoOutlinedIcon fontSize="small" color="action" />
      <Typography variant="body2" color="textSecondary">
        {customerScopeText(persona, titles)}
      </Typography>
    </Box>
  );
}

function UnknownRole(props: { reason: string }) {
  const { palette } = useTheme();
  return (
    <Box
      display="flex"
      alignItems="center"
      style={{ gap: 8 }}
      mb={2}
      role="alert"
      color={palette.warning.dark}
    >
      <WarningIcon fontSize="small" />
      <Typography variant="body2">{unknownRoleText(props.reason)}</Typography>
    </Box>
  );
}

/**
 * One line, above a page's content, saying whose clusters a customer's person is looking at, and
 * why; for someone the service does not know, why they see nothing and whom to ask. Provider staff
 * get nothing: they see the clusters of every customer.
 */
export function CustomerScopeNote() {
  const { value: persona } = usePersona();
  if (persona?.kind === 'customer') return <CustomerScope persona={persona} />;
  if (persona?.kind === 'unknown')
    return <UnknownRole reason={persona.reason} />;
  return null;
}
