import { execFile } from 'node:child_process';

/**
 * The text of a PDF, page by page, as pdf-parse extracts it. pdf-parse runs PDF.js, whose worker is
 * an ES module loaded with `import()`, which Jest's CommonJS sandbox refuses; so the extraction
 * runs in a child Node process, reading the PDF on stdin and writing the pages as JSON.
 */
export function pdfPages(bytes: Buffer): Promise<string[]> {
  const script = `
    const { PDFParse } = require(${JSON.stringify(require.resolve('pdf-parse'))});
    const chunks = [];
    process.stdin.on('data', (c) => chunks.push(c));
    process.stdin.on('end', async () => {
      const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
      try {
        const result = await parser.getText();
        process.stdout.write(JSON.stringify(result.pages.map((p) => p.text)));
      } finally {
        await parser.destroy();
      }
    });`;
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      ['-e', script],
      { maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' },
      (error, stdout, stderr) =>
        error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(JSON.parse(stdout)),
    );
    child.stdin?.end(bytes);
  });
}

/** The whole text with runs of white space made one space, as a reader would copy it. */
export async function pdfText(bytes: Buffer): Promise<{ text: string; pages: string[] }> {
  const pages = await pdfPages(bytes);
  return { text: pages.join('\n').replace(/\s+/g, ' '), pages };
}
