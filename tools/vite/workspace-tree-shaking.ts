/**
 * The workspace's own TypeScript modules have no import-time side effects, so the bundler may treat them as side-effect
 * free. Without this, a library's barrel (`@jobunivers/web/ui`) imported by the app shell pulls every module of the
 * library into the first-load chunk, even those only lazy pages use (forms, pagination, the error summary).
 * Exceptions, left to the default: the entry (`main.tsx`) and the libraries' `index.ts` barrels, which import their
 * style sheets (`import './lib/shell.css'`) — as side-effect free, that import would be dropped with the barrel.
 * Node modules keep their own `sideEffects` flags (undefined = the default).
 */
export function workspaceModuleSideEffects(id: string): boolean | undefined {
  if (id.includes('/node_modules/') || /\/src\/(main\.tsx|index\.ts)$/.test(id)) return undefined;
  return /\/(apps|libs)\/[^?]*\.tsx?$/.test(id) ? false : undefined;
}
