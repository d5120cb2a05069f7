export { TicketsContent } from './TicketsContent';
