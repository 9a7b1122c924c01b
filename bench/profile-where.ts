import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Where a profile node's code lives: node_modules/<package> (scoped too), the app's own file, or a V8 / Node category (`native` when it has no URL). */
export function where(url: string, native = '(native, GC)'): string {
  if (!url) return native;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1] ?? url;
  if (url.startsWith('node:')) return url;
  const path = url.replace('file://', '');
  // The compiled server runs from dist/: its files are shown as their sources are.
  return path.startsWith(ROOT) ? path.slice(ROOT.length).replace(/^dist\//, '') : url;
}
