import type { Browser } from 'playwright-core';

/** Prints one SVG page to PDF at its physical size (Chromium honours @page size). */
export async function svgToPdf(
  browser: Browser,
  svg: string,
  size: { widthMm: number; heightMm: number },
): Promise<Buffer> {
  const width = `${size.widthMm}mm`;
  const height = `${size.heightMm}mm`;
  const html = `<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: ${width} ${height}; margin: 0 }
html, body { margin: 0; padding: 0 }
svg { display: block; width: ${width}; height: ${height} }
</style></head><body>${svg.replace(/^<\?xml[^>]*>\s*/, '')}</body></html>`;
  const page = await browser.newPage();
  try {
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({
      width,
      height,
      printBackground: true,
      preferCSSPageSize: true,
      margin: { top: '0', right: '0', bottom: '0', left: '0' },
    });
  } finally {
    await page.close();
  }
}
