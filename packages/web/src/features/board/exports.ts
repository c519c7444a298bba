import { API } from '@alliance/api';

/** Saves a blob under a file name, the way a download link would. */
function save(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * A picture as PNG: the server's SVG of it (the one drawing of a picture, labels
 * escaped) painted onto a canvas in this browser, 1800 pixels wide.
 */
export async function downloadPicturePng(boardId: string, pictureId: string, fileName: string): Promise<void> {
  const response = await fetch(API.boardPictureSvg(boardId, pictureId), { credentials: 'include' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const svg = await response.text();
  const image = new Image();
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('the picture could not be drawn'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = 1800;
    canvas.height = 1800;
    canvas.getContext('2d')!.drawImage(image, 0, 0, canvas.width, canvas.height);
    const png = await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('no PNG'))), 'image/png'));
    save(png, fileName);
  } finally {
    URL.revokeObjectURL(url);
  }
}
