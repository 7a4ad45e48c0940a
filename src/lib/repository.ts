import packageJson from '../../package.json' with { type: 'json' };

/**
 * The repository holding the editors' files, from `repository.url` in package.json: the one
 * setting to change when the project moves. `REPOSITORY_URL` overrides it for a build.
 */
const repositoryUrl = (process.env.REPOSITORY_URL ?? packageJson.repository.url).replace(/\.git$/, '').replace(/\/$/, '');
const branch = process.env.REPOSITORY_BRANCH ?? 'main';

/**
 * The page where an editor can propose a change to a file (GitHub's editor, which opens a
 * pull request).
 * @example editUrl('content/achievements/literacy-programme/fr.mdx')
 */
export function editUrl(path: string): string {
  return `${repositoryUrl}/edit/${branch}/${path}`;
}
