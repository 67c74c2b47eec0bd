/** Props of `FilePicker`. */
export interface FilePickerProps {
  /** The button's words. */
  label: string;
  testId: string;
  /** Pick a whole folder (every file under it, `webkitRelativePath` set). */
  directory?: boolean;
  /** Pick several files at once (always so for a folder). */
  multiple?: boolean;
  accept?: string;
  small?: boolean;
  /** The chosen files (never empty); the input is cleared, so the same choice can be made again. */
  onFiles(files: File[]): void;
}

/** A button that opens the browser's file (or folder) chooser; the input itself is visually hidden. */
export function FilePicker({ label, testId, directory = false, multiple = false, accept, small = false, onFiles }: FilePickerProps) {
  return (
    <label className={small ? 'btn btn--small' : 'btn'}>
      {label}
      <input
        type="file"
        multiple={directory || multiple}
        accept={accept}
        className="sr-only"
        data-testid={testId}
        ref={(el) => {
          if (directory) el?.setAttribute('webkitdirectory', '');
        }}
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          e.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
    </label>
  );
}
