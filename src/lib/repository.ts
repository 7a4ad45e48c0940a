import { settings } from './settings.ts';

/**
 * The page where an editor can propose a change to a file (GitHub's editor, which opens a
 * pull request), in the repository the settings name (`REPOSITORY_URL`, `REPOSITORY_BRANCH`).
 * @example editUrl('content/achievements/literacy-programme/fr.mdx')
 */
export function editUrl(path: string): string {
  const { url, branch } = settings().repository;
  return `${url}/edit/${branch}/${path}`;
}
