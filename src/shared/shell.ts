/**
 * Window capabilities the Electron shell adds beside the contract. They are not library
 * methods (no HTTP or CLI binding): the preload exposes them on `window.parallax`, main
 * handles them, and the renderer feature-detects them (in a browser they are absent).
 */

/** Electron IPC channel: `invoke(IPC_SAVE_PDF, SavePdfRequest)` → `Result<SavePdfResult>`. */
export const IPC_SAVE_PDF = 'parallax:save-pdf';

/** What the window asks for: print itself to a PDF file the person chooses. */
export interface SavePdfRequest {
  /** File name offered in the save dialog (a bare name; `.pdf` is added when missing). */
  suggestedName: string;
  /** Pages in landscape (side-by-side columns). */
  landscape: boolean;
}

/** What happened: saved at `path`, or the person cancelled the dialog. */
export type SavePdfResult = { saved: true; path: string } | { saved: false };

export interface ShellCapabilities {
  /** Asks for a file (native save dialog), prints the window with its print stylesheet, writes the PDF. */
  savePdf(request: SavePdfRequest): Promise<SavePdfResult>;
}
