/**
 * The names templates give in `ui:field` to use the fields of this plugin; both frontend systems
 * register the fields under them.
 */
export const SCAFFOLDER_FIELD_NAMES = {
  kubernetesVersionPicker: 'MpkKubernetesVersionPicker',
  stackComponentsPicker: 'MpkStackComponentsPicker',
} as const;
