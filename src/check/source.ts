/** The bullets of the source document, each with its line number and the heading above it. */
export interface SourceBullet {
  line: number;
  text: string;
  heading: string;
}

/**
 * Reads `content/source/report.ar.txt`: a title, an introduction, then headings (short lines)
 * each followed by bullets (lines starting with `- `). The first four lines are the title
 * and the introduction.
 */
export function readSourceBullets(text: string): SourceBullet[] {
  const bullets: SourceBullet[] = [];
  let heading = '';
  text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .forEach((line, index) => {
      if (line.startsWith('- ')) bullets.push({ line: index + 1, text: line.slice(2), heading });
      else if (index >= 4 && line.trim() !== '') heading = line.trim();
    });
  return bullets;
}
