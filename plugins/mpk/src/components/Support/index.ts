export { SupportPage } from './SupportPage';
export { OpenTicketButton } from './OpenTicketButton';
export { TicketTitleLink } from './ticketLinks';
