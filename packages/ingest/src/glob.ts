import { lstat, readdir, realpath } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Turns a glob (`**`, `*`, `?`, `{a,b}`) into an anchored regular expression over `/`-separated paths. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      re += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const close = glob.indexOf('}', i);
      if (close === -1) throw new Error(`unclosed "{" in glob "${glob}"`);
      re += `(?:${glob.slice(i + 1, close).split(',').map(escape).join('|')})`;
      i = close;
    } else re += escape(c);
  }
  return new RegExp(`^${re}$`);
}

const escape = (s: string) => s.replace(/[.+^${}()|[\]\\*?]/g, '\\$&');

/** A file below the root, with how it was found: symlinks that lead outside the root are refused, not followed. */
export interface ListedFile { path: string; absolute: string; refused?: string }

/** Lists files under `root` whose root-relative path matches `glob`, sorted, so every run sees the same order. */
export async function listFiles(root: string, glob: string): Promise<ListedFile[]> {
  if (glob.split('/').includes('..') || glob.startsWith('/')) throw new Error(`sources glob "${glob}" must stay inside the pipeline folder`);
  const matcher = globToRegExp(glob);
  const realRoot = await realpath(root);
  const found: ListedFile[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const absolute = join(dir, entry.name);
      const path = relative(root, absolute).split(sep).join('/');
      if (entry.isDirectory()) await walk(absolute);
      else if (matcher.test(path)) {
        if (entry.isSymbolicLink()) {
          const target = await realpath(absolute).catch(() => null);
          const inside = target !== null && (target + sep).startsWith(realRoot + sep) && (await lstat(target)).isFile();
          found.push(inside ? { path, absolute } : { path, absolute, refused: 'symbolic link pointing outside the pipeline folder (or broken)' });
        } else if (entry.isFile()) found.push({ path, absolute });
      }
    }
  };
  await walk(root);
  return found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
