// Exports the page's annotations as a file: claim JSON, W3C Web Annotations, CSV or Markdown.
import { downloadFile } from './download';
import { exportDocument, exportFileName, type ExportFormat } from '../utils/export';
import type { ClaimDocument } from '../utils/claim';
import type { AnchorText } from '../utils/export/web-annotation';

const BUTTONS: { format: ExportFormat; label: string; testId: string; title: string }[] = [
  { format: 'json', label: 'JSON', testId: 'export-json', title: 'Claim JSON' },
  { format: 'w3c', label: 'W3C', testId: 'export-w3c', title: 'W3C Web Annotations (JSON-LD)' },
  { format: 'csv', label: 'CSV', testId: 'export-csv', title: 'CSV spreadsheet' },
  { format: 'md', label: 'Markdown', testId: 'export-md', title: 'Markdown report' },
];

export interface ExportButtonsProps {
  doc: ClaimDocument;
  /** The page's own text with each claim's span in it (W3C selectors). */
  anchor: AnchorText;
  now?: () => Date;
  onExported?: (fileName: string) => void;
}

export function ExportButtons({
  doc,
  anchor,
  now = () => new Date(),
  onExported,
}: ExportButtonsProps) {
  const save = (format: ExportFormat) => {
    const date = now();
    const file = exportDocument(doc, format, anchor, { generatedAt: date });
    const name = exportFileName(doc, format, date);
    downloadFile({ name, content: file.content, mime: file.mime });
    onExported?.(name);
  };
  return (
    <section class="export" aria-labelledby="export-heading">
      <h2 id="export-heading">Export</h2>
      <div class="buttons">
        {BUTTONS.map(({ format, label, testId, title }) => (
          <button
            key={format}
            type="button"
            data-testid={testId}
            aria-label={`Export as ${title}`}
            title={title}
            onClick={() => save(format)}
          >
            {label}
          </button>
        ))}
      </div>
    </section>
  );
}
