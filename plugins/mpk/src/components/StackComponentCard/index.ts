export { StackComponentCard } from './StackComponentCard';
