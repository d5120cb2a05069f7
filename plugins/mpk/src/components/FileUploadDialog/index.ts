export { FileUploadDialog } from './FileUploadDialog';
export { FilePicker } from './FilePicker';
export { FilesPicker } from './FilesPicker';
