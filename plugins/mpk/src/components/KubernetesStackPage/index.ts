export { KubernetesStackPage } from './KubernetesStackPage';
