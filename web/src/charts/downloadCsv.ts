import { saveFile } from '../ui/saveFile.js';
// Kept apart from csv.ts, which runs outside a browser too (its tests).
/** Saves text as a file through the browser. A byte order mark lets spreadsheets read € and é right. */
export function downloadCsv(fileName: string, csv: string): void {
  saveFile(new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }), fileName);
}
