/**
 * The alternatives a cluster design chooses between: one ingress controller, one container
 * registry and one storage driver (at least), each from the stack's technologies of that choice.
 * @public
 */
export const DESIGN_CHOICES = ['ingress', 'registry', 'storage'] as const;

/** @public */
export type DesignChoice = (typeof DESIGN_CHOICES)[number];
