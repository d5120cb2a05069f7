export { FileUploadDialog } from './FileUploadDialog';
export { FilePicker } from './FilePicker';
